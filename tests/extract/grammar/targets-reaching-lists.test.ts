/**
 * A target as the subject of reaching a list: "A hit the blacklist of B", "A landed on B's blacklist", "A ended up in
 * the black list of B". The owner the list's own phrase names is the body. And targets given as numbered items after a
 * colon, or paired with their times ("sanctioned A in 2017 and B in 2013"). Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const sanctions = (text: string) => extractText(text).relations.filter((r) => r.type === 'SANCTIONED');

describe('sanctions: a target that reached a list', () => {
  it('reads "A hit the blacklist of B" and "A made the EU sanctions list" as B\'s listing of A', () => {
    const out = extractText('Halvern Group hit the blacklist of the US State Department.');
    expect(expectRel(out, 'SANCTIONED', 'US State Department', 'Halvern Group').rule).toBe('frame:enter-list/active');
    expectRel(extractText('Halvern Group made the EU sanctions list in 2023.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('reads "A landed on B\'s blacklist" and "A ended up in the black list of B"', () => {
    expect(expectRel(extractText('Halvern Group landed on the US State Department blacklist.'), 'SANCTIONED', 'US State Department', 'Halvern Group').rule)
      .toBe('frame:land-on-list/active');
    const ended = extractText('Halvern Group, which supplied helicopters to Laos, ended up in the black list of the State Department.');
    expect(expectRel(ended, 'SANCTIONED', 'State Department', 'Halvern Group').rule).toBe('frame:end-up-in-list/active');
    expectRel(extractText('Halvern Group ended up on the EU blacklist.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('needs a list a body owns: not "made the list of top exporters", nor "joined the EU sanctions envoy"', () => {
    expect(sanctions('Halvern Group made the list of top exporters.')).toEqual([]);
    expect(sanctions('Halvern Group ended up in the list of top exporters.')).toEqual([]);
    expect(sanctions('Oleg Brask, head of the Laotian office of sanctions co-ordination, joined EU sanctions envoy Navid Tessar, and Bertrand Olskiy, ' +
      'director of the UK\'s sanctions directorate, on a visit to Mongolia last month.')).toEqual([]);
  });
});

describe('sanctions: targets given as numbered items', () => {
  it('reads ": (1) A, a trading firm ...; and (2) B, ..." after a counted group as its targets', () => {
    const out = extractText('In January OFAC designated two entities pursuant to the same authority: (1) Halvern Trading Corporation (HTC), ' +
      'a Laotian trading corporation which OFAC determined to be involved in exporting workers; and (2) Brask Lodging, a Mongolia-based facility.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Trading Corporation').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Lodging');
  });

  it('reads them right after the group\'s colon too: "designated two entities: (1) A ...; and (2) B ..."', () => {
    const out = extractText('In January OFAC designated two entities: (1) Halvern Trading Corporation, a Laotian trading firm; and (2) Brask Lodging, a Mongolia-based facility.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Lodging');
  });

  it('needs names opening the items: "(1) the first rule" names no target', () => {
    expect(sanctions('In January OFAC designated two entities under two rules: (1) the first rule; and (2) the second rule.')).toEqual([]);
  });
});

describe('sanctions: objects paired with their times', () => {
  it('reads "sanctioned A in 2017 and B in 2013" as both targets, not "A in 2017 and in 2019" as two', () => {
    const out = extractText('The U.S. government already sanctioned Oleg Brask in 2017 and Halvern Bank in 2013 for enabling weapons financing.');
    expectRel(out, 'SANCTIONED', 'United States', 'Oleg Brask');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Halvern Bank').rule).toBe('frame:sanction/active');
    expect(sanctions('The EU sanctioned Oleg Brask in 2017 and in 2019.')).toHaveLength(1);
  });
});
