/**
 * Names and lists given in plain words: "the specially designated nationals list" in lower case is the sanctions
 * list all the same; a sentence opening "Parent company B said" gives the parent of the firm the text is about; and a
 * single digit before "project" or "pipeline" numbers the name's phase ("the Kestra LNG 2 project"). Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from './helpers.js';

describe('names and lists in plain words', () => {
  it('reads a body adding a firm to its specially designated nationals list, in lower case', () => {
    const out = extractText('The firm said its assets would be frozen after the Treasury placed Orvekon Ltd on its ' +
      'specially designated nationals list.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
  });

  it('reads "Parent company B" opening a sentence as the parent of the firm the text is about', () => {
    const out = extractText('Laotian shipyard Orvekon Heavy Industries has been sanctioned by the US. ' +
      'Parent company Kestrapol Offshore Services said the assets would be frozen.');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvekon Heavy Industries', 'Kestrapol Offshore Services');
    // (The firm named again later in the sentence is still the one the parent owns.)
    const again = extractText('Laotian shipyard Orvekon Heavy Industries has been sanctioned by the US. ' +
      'Parent company Kestrapol Offshore Services said assets would be frozen after the Treasury listed Orvekon Heavy Industries.');
    expectRel(again, 'SUBSIDIARY_OF', 'Orvekon Heavy Industries', 'Kestrapol Offshore Services');
  });

  it('reads the parent only of the one firm the sentence before names, and only while it holds it', () => {
    const later = extractText('Orvekon Ltd shipped drones to Iran. Parent company Halvern Group said Brask Logistics had arranged the shipments.');
    expectRel(later, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Halvern Group');
    expectNoRel(later, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
    const two = extractText('The Treasury sanctioned Orvekon Ltd and Brask Logistics. Parent company Halvern Group said it would appeal.');
    expect(two.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    const person = extractText('Martin Varno runs Orvekon Ltd. Parent company Halvern Group said he would resign.');
    expectNoRel(person, 'SUBSIDIARY_OF', 'Martin Varno', 'Halvern Group');
    const sold = extractText('Orvekon Ltd was sanctioned by the Treasury. Parent company Halvern Group said it sold Orvekon Ltd in 2019.');
    expectNoRel(sold, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Halvern Group');
    // (The firm that opens the sentence before, of two it names; a sale of goods ends no tie.)
    const opens = extractText('Orvekon Ltd bought drones from Brask Logistics. Parent company Halvern Group said it would appeal.');
    expectRel(opens, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Halvern Group');
    const goods = extractText('Orvekon Ltd was sanctioned by the Treasury. Parent company Halvern Group said Orvekon Ltd had sold drones only to Laos.');
    expectRel(goods, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Halvern Group');
    const joined = extractText('Orvekon Ltd was sanctioned by the Treasury. Parent company Halvern Group and Brask Logistics said they would appeal.');
    expectRel(joined, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Halvern Group');
    expectNoRel(joined, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Brask Logistics');
  });

  it('reads no parent from a sentence that opens the text, nor for a name that "Parent" opens', () => {
    expect(extractText('Parent company Halvern Group said it would appeal.').relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    const opened = extractText('Orvekon Ltd was sanctioned by the Treasury. Parent Halvern Group said it would appeal.');
    expectNoRel(opened, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Parent Halvern Group');
  });

  it('reads no parent where "parent company" is no firm\'s name', () => {
    const out = extractText('Laotian shipyard Orvekon Heavy Industries has been sanctioned by the US. Parent company records were sealed.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('keeps the number of a project\'s phase in its name', () => {
    const out = extractText('Orvekon Ltd shipped modules to the Kestra LNG 2 project in May.');
    expect(entity(out, 'Kestra LNG 2')).toBeDefined();
    expectRel(out, 'SHIPPED_TO', 'Orvekon Ltd', 'Kestra LNG 2');
  });

  it('reads such a project as the party its own name stands for', () => {
    expectRel(extractText('Orvekon Ltd owns the Kestra LNG 2 project.'), 'SUBSIDIARY_OF', 'Kestra LNG 2', 'Orvekon Ltd');
    expectRel(extractText('Orvekon Ltd supplied the Kestra Arctic 2 project with turbines.'), 'SHIPPED_TO', 'Orvekon Ltd', 'Kestra Arctic 2');
    // (Not a place's project.)
    expectNoRel(extractText('Orvekon Ltd owns the Laos project.'), 'SUBSIDIARY_OF', 'Laos', 'Orvekon Ltd');
    // (Nor a body's or a person's.)
    expectNoRel(extractText('Orvekon Ltd supplied the EU project with turbines.'), 'SHIPPED_TO', 'Orvekon Ltd', 'EU');
    expectNoRel(extractText('Orvekon Ltd owns the Irina Olskaya project.'), 'SUBSIDIARY_OF', 'Irina Olskaya', 'Orvekon Ltd');
  });
});
