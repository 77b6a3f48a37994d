/**
 * Ownership told by a firm's role for another: "A is a front company for B", "A had been acting as a front for B", and
 * "A, B's procurement arm," (a unit owned by the possessor), "A, a B subsidiary company" (but not "a B partner company"),
 * "Its branch, A, B and C are ..." (A alone the unit). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('ownership: a front company for its principal', () => {
  it('reads "A was a front company for B" and "A, a front for B," as A controlled by B', () => {
    const out = extractText('Maritime Brask LLC was a front company for Halvern Group.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Maritime Brask LLC', 'Halvern Group').rule).toBe('frame:own/copula-child');
    expectRel(extractText('Maritime Brask LLC, a front for Halvern Group, bought fuel.'), 'SUBSIDIARY_OF', 'Maritime Brask LLC', 'Halvern Group');
  });

  it('reads "A had been acting as a front company for B" past the verb of serving, and past an apposition on A', () => {
    const out = extractText('Officials said the newly listed trader, Laos-based Maritime Brask LLC, had been acting as a front company for Halvern Group.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Maritime Brask LLC', 'Halvern Group').rule).toBe('frame:own/as-role-child');
    expectRel(extractText('Maritime Brask LLC served as a front for Halvern Group.'), 'SUBSIDIARY_OF', 'Maritime Brask LLC', 'Halvern Group');
  });

  it('needs the "for" phrase: not "a front company" alone, nor the party a front bought for', () => {
    const alone = extractText('Halvern Group bought drones for Brask Logistics, a front company.');
    expectNoRel(alone, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
    expect(alone.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    const other = extractText('Brask Logistics, a front company near Tessaly Optics, bought drones.');
    expectNoRel(other, 'SUBSIDIARY_OF', 'Brask Logistics', 'Tessaly Optics');
  });
});

describe('ownership: a unit named with its owner\'s possessive', () => {
  it('reads "A, B\'s procurement arm," and "A, the B\'s main design and procurement arm" as B\'s unit', () => {
    const out = extractText('Halvern Industries, Brask Group\'s procurement arm, bought drones.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Industries', 'Brask Group').rule).toBe('frame:own/apposition-modifier-child');
    expectRel(extractText('He led Halvern Industries (HI), the Brask Group\'s main design and procurement arm.'), 'SUBSIDIARY_OF', 'Halvern Industries', 'Brask Group');
  });
});

describe('ownership: "a B subsidiary company", and not "a B partner company"', () => {
  it('reads "A, a B subsidiary company in K," and "A is a B subsidiary company" as B\'s unit', () => {
    const out = extractText('Avio Brask, a Halvern Aviation subsidiary company in Laos, makes parts.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Avio Brask', 'Halvern Aviation').rule).toBe('frame:own/apposition-modifier-child');
    expectRel(extractText('Avio Brask is a Halvern Aviation subsidiary company.'), 'SUBSIDIARY_OF', 'Avio Brask', 'Halvern Aviation');
  });

  it('draws no ownership from a firm the group deals with: "A, a B partner company,", "A is a B supplier firm"', () => {
    expectNoRel(extractText('Avio Brask, a Halvern Aviation partner company, makes parts.'), 'SUBSIDIARY_OF', 'Avio Brask', 'Halvern Aviation');
    expectNoRel(extractText('Avio Brask is a Halvern Aviation supplier firm.'), 'SUBSIDIARY_OF', 'Avio Brask', 'Halvern Aviation');
  });
});

describe('ownership: one unit named in apposition, and the list going on', () => {
  it('reads "Its branch, A, B, and C are ..." with A alone the unit, and "Its subsidiaries, A and B," with both', () => {
    const one = extractText('Halvern Group was sanctioned. Its Laos-based branch, Halvern Trade Limited, Mongolia-based Brask Logistics Limited, and Tessaly Optics are the other firms targeted.');
    expect(expectRel(one, 'SUBSIDIARY_OF', 'Halvern Trade Limited', 'Halvern Group').rule).toBe('frame:own/child-apposition');
    expectNoRel(one, 'SUBSIDIARY_OF', 'Brask Logistics Limited', 'Halvern Group');
    expectNoRel(one, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
    const two = extractText('Halvern Group was sanctioned. Its subsidiaries, Halvern Trade Limited and Brask Logistics Limited, were targeted too.');
    expectRel(two, 'SUBSIDIARY_OF', 'Brask Logistics Limited', 'Halvern Group');
  });
});
