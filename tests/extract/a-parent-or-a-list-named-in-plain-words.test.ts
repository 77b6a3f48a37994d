/**
 * Names and lists given in plain words: "the specially designated nationals list" in lower case is the sanctions
 * list all the same; a sentence opening "Parent company B said" gives the parent of the firm the text is about; and a
 * single digit before "project" or "pipeline" numbers the name's phase ("the Kestra LNG 2 project"). Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

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

  it('reads no parent where "parent company" is no firm\'s name', () => {
    const out = extractText('Laotian shipyard Orvekon Heavy Industries has been sanctioned by the US. Parent company records were sealed.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('keeps the number of a project\'s phase in its name', () => {
    const out = extractText('Orvekon Ltd shipped modules to the Kestra LNG 2 project in May.');
    expect(entity(out, 'Kestra LNG 2')).toBeDefined();
    expectRel(out, 'SHIPPED_TO', 'Orvekon Ltd', 'Kestra LNG 2');
  });
});
