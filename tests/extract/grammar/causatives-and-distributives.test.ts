/**
 * Two small constructions of court and sanctions reports, shown with sentences written for the test (invented names):
 * a causative "have" or "get" ("A had the scopes shipped to B": A is the shipper, the scopes what was shipped) and a
 * distributive after a list ("A and B, both designated by C": the participle is about both names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a causative "have" or "get"', () => {
  it('reads "A had the scopes shipped to B", "A got them delivered to B" with A as the shipper', () => {
    expect(expectRel(extractText('Brask Logistics had the scopes shipped to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam').rule).toBe('frame:supply/passive');
    expectRel(extractText('Brask Logistics got the scopes delivered to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    // ("had" read as an auxiliary before a pronoun, and joined by "and" to the buying before it.)
    expectRel(extractText('Brask Logistics had them shipped to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    const joined = extractText('Irina Olskaya bought rifle scopes in Laos and had them shipped to Vietnam.');
    expect(expectRel(joined, 'SHIPPED_TO', 'Irina Olskaya', 'Vietnam').rule).toBe('frame:supply/passive');
  });

  it('draws nothing where the causative is denied or hedged; a bare infinitive and a perfect "had shipped" are no causative', () => {
    for (const text of ['Brask Logistics did not have the scopes shipped to Vietnam.', 'Brask Logistics did not have them shipped to Vietnam.']) {
      expectNoRel(extractText(text), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    }
    expectNoRel(extractText('Brask Logistics may have had the scopes shipped to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    // ("had B ship G": a bare infinitive is B's own act, not a thing done to B.)
    const bare = extractText('Brask Logistics had Halvern Group ship scopes to Vietnam.');
    expectRel(bare, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(bare, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    const perfect = extractText('Brask Logistics had shipped the scopes to Vietnam.');
    expect(expectRel(perfect, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam').rule).toBe('frame:supply/active');
  });
});

describe('grammar: what the subject of "have" undergoes', () => {
  it('reads "The two firms have had sanctions imposed on them by C" as C sanctioning the two firms the sentence before named', () => {
    const out = extractText('Mr Olsk is a director of Brask Trading and of HB Marine.\n\nThe two firms have had sanctions imposed on them by Laos since 2019.');
    for (const n of ['Brask Trading', 'HB Marine']) expectRel(out, 'SANCTIONED', 'Laos', n);
    // (Only a pronoun after the participle's "on": "imposed on Laos" is Laos.)
    const named = extractText('Mr Olsk is a director of Brask Trading and of HB Marine.\n\nThe two firms have had sanctions imposed on Laos by Vietnam since 2019.');
    expectNoRel(named, 'SANCTIONED', 'Vietnam', 'HB Marine');
  });
});

describe('grammar: "both", "each" or "all" after a list', () => {
  it('reads "A and B, both designated by C" (after a comma or a dash) as C sanctioning both, not C sending them goods', () => {
    const comma = extractText('The goods were sent to Halvern Group and Brask Logistics, both designated in 2019 by Mongolia over ties to a rocket plant.');
    for (const n of ['Halvern Group', 'Brask Logistics']) {
      expect(expectRel(comma, 'SANCTIONED', 'Mongolia', n).rule).toBe('frame:sanction/passive');
      expectNoRel(comma, 'SHIPPED_TO', 'Mongolia', n);
    }
    const dash = extractText('The parts went to Halvern Group and Brask Logistics \u2014 both designated for restriction by the United States, officials said.');
    for (const n of ['Halvern Group', 'Brask Logistics']) expectRel(dash, 'SANCTIONED', 'United States', n);
    // (The list's last name where an aside split the list.)
    const aside = extractText('The parts went to Halvern Group, or HG, and Brask Logistics \u2014 both designated for restriction by Mongolia, officials said.');
    expectRel(aside, 'SANCTIONED', 'Mongolia', 'Brask Logistics');
  });

  it('reads no list into one name before "each" or "both": "sent two tankers to A, each owned by C"', () => {
    expectNoRel(extractText('Halvern Group sent two tankers to Brask Logistics, each owned by Orvanne.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Orvanne');
    expectNoRel(extractText('Laos sanctioned 12 people linked to Halvern Group, all designated by Vietnam last year.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('reads a list split by a repeated preposition, or a plural phrase, before "both" or "all"', () => {
    expectRel(extractText('The parts went to Halvern Group and to Brask Logistics, both owned by Orvanne.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Orvanne');
    expectRel(extractText('Laos sanctioned Halvern Group and its two subsidiaries, all owned by Kestrova Holdings.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Kestrova Holdings');
  });

  it('reads "A and B, both owned by C," as C owning both', () => {
    const out = extractText('Halvern Group and Brask Logistics, both owned by Kestrova Holdings, sold drones to Laos.');
    for (const n of ['Halvern Group', 'Brask Logistics']) expectRel(out, 'SUBSIDIARY_OF', n, 'Kestrova Holdings');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });
});

describe('grammar: a gerund of helping before an infinitive', () => {
  it('reads "A is accused of helping to export G to B" as A shipping to B, as "accused of exporting" is', () => {
    expectRel(extractText('Tarsen Olsk is accused of helping to export attack helicopters to Vietnam.'), 'SHIPPED_TO', 'Tarsen Olsk', 'Vietnam');
    // (Trying to ship is no shipping; an attempted export is the charged offence itself, and the goods left.)
    expectNoRel(extractText('Tarsen Olsk is accused of trying to ship attack helicopters to Vietnam.'), 'SHIPPED_TO', 'Tarsen Olsk', 'Vietnam');
    expectRel(extractText('Tarsen Olsk is accused of trying to export attack helicopters to Vietnam.'), 'SHIPPED_TO', 'Tarsen Olsk', 'Vietnam');
  });

  it('reads nothing where the party was acquitted of helping, or warned against helping', () => {
    expectNoRel(extractText('Tarsen Olsk was acquitted of helping to export valves to Laos.'), 'SHIPPED_TO', 'Tarsen Olsk', 'Laos');
    expectNoRel(extractText('Vietnam warned Tarsen Olsk against helping to export valves to Laos.'), 'SHIPPED_TO', 'Tarsen Olsk', 'Laos');
  });
});
