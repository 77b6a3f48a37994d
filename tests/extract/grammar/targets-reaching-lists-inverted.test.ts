/**
 * Names reaching a sanctions list, put after the copula ("Also making the Laotian sanctions list was A", "Joining the
 * blacklist are B and C"), are the targets of the body the text reported; a list of anything else ("making the list of
 * top exporters") is no measure; and so are the group a statement names "as" or "to be" ("it identified the three
 * designated officers to be A, B and C"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: names reaching a sanctions list, inverted', () => {
  it('reads "Also making the Laotian sanctions list was A"', () => {
    const out = extractText('Laos announced new sanctions. Also making the Laotian sanctions list was Brask Logistics for shipping drones.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics').rule).toBe('frame:sanction/targets-include');
  });

  it('reads "Joining the blacklist are B and C"', () => {
    const out = extractText('Laos announced new sanctions. Joining the blacklist are Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads no measure where the phrase is no sanctions list', () => {
    for (const text of [
      'Laos announced new sanctions. Making the list of top exporters was Halvern Group.',
      'Laos announced new sanctions. Also making the guest list was Martin Varno.',
      'Laos announced new sanctions. Making the case for sanctions was Martin Varno.',
      'Laos announced new sanctions. Joining Laos in the sanctions is the European Union.',
      'Laos announced new sanctions. Halvern Group and Tessaly Optics will merge. Joining the new entity as chief financial officer is Irina Olskaya.',
    ]) expect(extractText(text).relations.filter((r) => r.type === 'SANCTIONED'), text).toEqual([]);
  });
});

describe('grammar: a statement naming the group of targets', () => {
  it('reads "it identified the three designated officers to be A, B and C"', () => {
    const out = extractText('Laos announced sanctions on three officers. In a statement, it identified the three designated officers to be Martin Varno, Irina Olskaya and Tarsen Vey.');
    for (const p of ['Martin Varno', 'Irina Olskaya', 'Tarsen Vey']) expect(expectRel(out, 'SANCTIONED', 'Laos', p).rule).toBe('frame:sanction/targets-include');
  });

  it('reads "it named the sanctioned individuals as A and B"', () => {
    const out = extractText('Laos announced sanctions on two officers. It named the sanctioned individuals as Martin Varno and Irina Olskaya.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Irina Olskaya');
  });

  it('reads no targets in a group no word marks as targeted: "named the three officials as A, B and C"', () => {
    expect(extractText('Laos announced sanctions. It named the three officials as Martin Varno, Irina Olskaya and Tarsen Vey.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('takes no title for a name, and reads the names after it: "to be Senior Laotian officers A, B and C"', () => {
    const out = extractText('Vietnam announced sanctions on three officers. In a statement, it identified the three designated officers to be Senior Laotian military officers Martin Varno, Irina Olskaya, and Tarsen Vey.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED').map((r) => out.entities.find((e) => e.id === r.target)?.name)).not.toContain('Senior Laotian');
    for (const p of ['Martin Varno', 'Irina Olskaya', 'Tarsen Vey']) expectRel(out, 'SANCTIONED', 'Vietnam', p);
  });

  it('reads no targets in a description ("as subsidiaries of A") nor in a police story ("the two men targeted as A and B")', () => {
    expectNoRel(extractText('Laos announced sanctions on two companies. It named the sanctioned companies as subsidiaries of Halvern Group.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(extractText('Laos imposed sanctions on Brask Logistics. Police identified the two men targeted as Martin Varno and Irina Olskaya.'), 'SANCTIONED', 'Laos', 'Martin Varno');
  });
});
