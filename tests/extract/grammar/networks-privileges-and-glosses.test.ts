/**
 * A designation's network and its members, a measure on what a party holds, a firm referred back to by its place and
 * trade, an editor's gloss in square brackets, and a citizen who is also "X-based". Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from '../helpers.js';

describe('a network of firms and its members', () => {
  it('reads "designating A and a network of K-based firms, including B, C and D" as all four designated', () => {
    const out = extractText('Laos is designating Martin Varno and a network of Vientiane-based firms, including Halvern Group, Brask Logistics and Orvel Trading, for helping Kestrova Air.');
    for (const t of ['Martin Varno', 'Halvern Group', 'Brask Logistics', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });

  it('reads the same behind an editor\'s gloss in square brackets after the body\'s short name', () => {
    const out = extractText('"The Laotian Treasury [Ministry of Finance] is designating Vietnamese citizen Gulnara Vestrikova and a network of firms, including Halvern Group and Brask Logistics," the release said.');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Gulnara Vestrikova');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Brask Logistics');
  });
});

describe('a measure on what a party holds', () => {
  it('reads "froze A\'s assets" and "suspended A\'s export privileges" as measures on A', () => {
    expectRel(extractText('Laos froze Martin Varno\'s assets.'), 'SANCTIONED', 'Laos', 'Martin Varno');
    expectRel(extractText('In February, the Laotian Commerce Ministry temporarily suspended Halvern Group\'s export privileges.'), 'SANCTIONED', 'Laotian Commerce Ministry', 'Halvern Group');
  });
});

describe('a firm referred back to by its place and trade', () => {
  it('reads "supplying the Vietnamese airline with parts" as supplying the airline the text placed there', () => {
    const out = extractText('Laos designated Vietnamese airline Kestrova Air. Vestrik-based Otik Trading was designated for providing support to Kestrova Air and regularly supplying the Vietnamese airline with aircraft parts.');
    expectRel(out, 'SHIPPED_TO', 'Otik Trading', 'Kestrova Air');
  });

  it('reads a firm by its trade only where its name says the trade (not any firm placed there)', () => {
    const out = extractText('Halvern Air, a Vietnamese airline, needed engines. Orvel Trading, a Hanoi-based broker, arranged the deal. Brask Logistics supplied the Vietnamese airline with parts.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Air');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
    expectNoRel(extractText('Brask Logistics, a Thai freight forwarder, shipped drones to Laos. The Treasury also sanctioned the Thai carrier.'), 'SANCTIONED', 'Treasury', 'Brask Logistics');
  });

  it('reads no firm into a description of a place the text gave no firm in', () => {
    const out = extractText('Laos designated Vietnamese airline Kestrova Air. Otik Trading supplied the Thai airline with aircraft parts.');
    expectNoRel(out, 'SHIPPED_TO', 'Otik Trading', 'Kestrova Air');
  });
});

describe('a citizen who is also "X-based"', () => {
  it('keeps "Vietnamese citizen A" a person where the text also calls A "Vientiane-based"', () => {
    const out = extractText('Laos is designating Vietnamese citizen Gülnara Yegane. Vientiane-based Gülnara Yegane manages several businesses.');
    expect(mustEntity(out, 'Gülnara Yegane').kind).toBe('person');
  });
});

describe('a bracketed clause', () => {
  it('takes no bracketed clause for a gloss ("A [which K sanctioned in 2022] shipped G to B")', () => {
    const out = extractText('Brask Logistics [which Laos sanctioned in 2022] shipped drones to Orvel Trading.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Orvel Trading');
  });
});
