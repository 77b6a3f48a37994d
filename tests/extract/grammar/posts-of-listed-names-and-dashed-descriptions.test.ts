/**
 * A post of a name the list already holds, written with the name's possessive ("A and A's general director, B"), is
 * one of "its" posts: the holder joins the list. A description set off by a dash ("A—a US-sanctioned firm") describes
 * the name before it as a comma's would. Places after "including entities in" locate the targets and are none of
 * them. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: posts of listed names, dashed descriptions, places of those included', () => {
  it('reads the holder of a listed name\'s post, given with its possessive, as a target', () => {
    const out = extractText('The Treasury sanctioned Orvel Trading on Monday. The sanctions targeted Halvern Group, as well as Vestrik and Vestrik\'s general director, Tomas Varno, the paper said.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Tomas Varno');
    const plain = extractText('The Treasury sanctioned Brask Logistics and Brask Logistics\' chief executive, Tomas Varno.');
    expectRel(plain, 'SANCTIONED', 'Treasury', 'Tomas Varno');
  });

  it('leaves the post of a firm the list does not hold to its own reading', () => {
    const out = extractText('The Treasury sanctioned Brask Logistics and Orvel Trading\'s chief executive, Tomas Varno.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Tomas Varno');
  });

  it('reads a description after a dash as the name\'s, past a closing quotation mark', () => {
    expectRel(extractText('Tessaly Optics kept ties with Orlen Parts—a US-sanctioned Laotian procurement firm.'), 'SANCTIONED', 'United States', 'Orlen Parts');
    const quoted = extractText('According to the ministry, Tessaly Optics "kept a relationship with Orlen Parts"—a US-sanctioned procurement firm that buys parts for the army.');
    expectRel(quoted, 'SANCTIONED', 'United States', 'Orlen Parts');
  });

  it('reads no description after a dash where a clause goes on past the phrase', () => {
    expectNoRel(extractText('Halvern Group sold drones to Brask Logistics — a deal US-sanctioned banks financed.'), 'SANCTIONED', 'United States', 'Brask Logistics');
    expectNoRel(extractText('Orvel Trading bought engines from Tessaly Optics — a tactic Halvern-owned firms also used.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern');
  });

  it('reads no plural after a dash as a description of the name', () => {
    const out = extractText('Brask Logistics shipped parts to Tessaly Optics — US-sanctioned firms, notably Halvern Group, also bought them.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Tessaly Optics');
  });

  it('keeps "A and A\'s owner, B" an owner, not a list', () => {
    const out = extractText('The Treasury sanctioned Halvern Group and Halvern Group\'s owner, Martin Varno.');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
  });

  it('reads no description after a dash that opens a clause of its own', () => {
    const out = extractText('Tessaly Optics kept ties with Orlen Parts - US-sanctioned firms were its suppliers.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Orlen Parts');
  });

  it('reads no country among the targets where "including entities in" places them', () => {
    const out = extractText('This month the US imposed sanctions on some 250 people and firms said to back the war, including entities in Laos, Thailand and Vietnam.');
    for (const c of ['Laos', 'Thailand', 'Vietnam']) expectNoRel(out, 'SANCTIONED', 'United States', c);
    const named = extractText('This month the US imposed sanctions on 30 firms, including Brask Logistics and Halvern Group.');
    expectRel(named, 'SANCTIONED', 'United States', 'Brask Logistics');
    const states = extractText('The United Nations imposed sanctions on three parties last year, including Laos.');
    expectRel(states, 'SANCTIONED', 'United Nations', 'Laos');
  });

  it('reads a post\'s abbreviation, an outlet\'s head word after its short form and a plural of a post after a colon as no names', () => {
    expect(entity(extractText('Tomas Varno, who served as Laos\'s PM from 2021 to 2022, told Reuters.'), 'PM')).toBeUndefined();
    const outlet = extractText('The sanctions targeted Halvern Group, Voice of Laos (VOL) News reported.');
    expect(entity(outlet, 'News')).toBeUndefined();
    expect(entity(outlet, 'Voice of Laos')?.kind).toBe('media');
    const headline = extractText('Laotian firm shipped big loads of gunpowder to Thai shell plant: Experts');
    expect(entity(headline, 'Experts')).toBeUndefined();
  });

  it('reads "the entities" after a list of firms and a firm\'s director as the firms', () => {
    const out = extractText('The Treasury sanctioned Orvel Trading on Monday. The sanctions targeted two Laotian companies: Brask Logistics and Halvern Group, as well as Vestrik and Vestrik\'s general director, Tomas Varno, the paper reported.\n\n' +
      'An official said the entities were involved in making the drones in Laos and sending them directly to Thailand.');
    for (const a of ['Brask Logistics', 'Halvern Group', 'Vestrik']) expectRel(out, 'SHIPPED_TO', a, 'Thailand');
    expectNoRel(out, 'SHIPPED_TO', 'Tomas Varno', 'Thailand');
  });
});
