/**
 * What "it" refers to: in a relative clause that has no relative pronoun ("the weapons it bought from K"), the subject
 * of the clause whose object the relative describes, whatever its kind; and never a person, named as one or with a
 * given name not yet classified (an accented given name too). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('grammar: "it" in relatives without a pronoun, and never a person', () => {
  it('reads "it" after the object of a clause as that clause\'s subject, a government too', () => {
    expectRel(extractText('The Laotian government is using rifles it bought from Thailand to quell the protests.'), 'SHIPPED_TO', 'Thailand', 'Laotian government');
    expectRel(extractText('The Laotian army used the rifles it had bought from Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Laotian army');
  });

  it('reads no person as "it" in the sentence after (both readers)', () => {
    expect(flows('Irina Olskaya met the press. It had previously purchased rifles from Vietnam.')).toEqual([]);
    // (A firm whose name opens with a given name is still "it".)
    expectRel(extractText('Tomas Varno LLC met the press. It had previously purchased rifles from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Tomas Varno LLC');
  });

  it('reads an accented given name as a person\'s', () => {
    const out = extractText('Thai forces are assisting Nicolás Varno\'s government. It had previously purchased rifles from Vietnam.');
    expect(entity(out, 'Nicolás Varno')?.kind).toBe('person');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Nicolás Varno');
  });

  it('reads no relative after a verb of telling, whose object "it" may be: "B told A it had shipped G"', () => {
    expect(flows('The Treasury told Halvern Group it had violated the rules by shipping drones to Laos.')).toEqual([]);
    expect(flows('The Treasury told the company it had shipped drones to Laos.')).toEqual([]);
    expectNoRel(extractText('Vietnam told Brask Logistics it had bought drones from Orvel Trading in breach of the embargo.'), 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
  });
});
