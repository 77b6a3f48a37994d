/**
 * A target as the subject of reaching a list: "A hit the blacklist of B", "A landed on B's blacklist", "A ended up on
 * B's black list". The owner the list's own phrase names is the body. And targets given as numbered items after a
 * colon, paired with their times ("sanctioned A in 2017 and B in 2013"), or in parentheses after a counted group. Sentences
 * written for the test (invented names).
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

  it('reads "A landed on B\'s blacklist" and "A soon ended up in B\'s black list"', () => {
    expect(expectRel(extractText('Halvern Group landed on the US State Department blacklist.'), 'SANCTIONED', 'US State Department', 'Halvern Group').rule)
      .toBe('frame:land-on-list/active');
    const ended = extractText('Halvern Group, which supplied helicopters to Laos, soon ended up in the State Department\'s black list.');
    expect(expectRel(ended, 'SANCTIONED', 'State Department', 'Halvern Group').rule).toBe('frame:end-up-in-list/active');
    expectRel(extractText('Halvern Group ended up on the EU blacklist.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('needs a list a body owns: not "made the list of top exporters", nor "joined the EU sanctions envoy"', () => {
    expect(sanctions('Halvern Group made the list of top exporters.')).toEqual([]);
    expect(sanctions('Halvern Group ended up in the list of top exporters.')).toEqual([]);
    expect(sanctions('Oleg Brask, who runs the Laotian sanctions unit, joined EU sanctions envoy Navid Tessar, and Bertrand Olskiy, ' +
      'who heads Mongolia\'s sanctions bureau, for a trip to Vietnam in May.')).toEqual([]);
  });
});

describe('sanctions: targets given as numbered items', () => {
  it('reads ": (1) A, a trading firm ...; and (2) B, ..." after a counted group as its targets', () => {
    const out = extractText('In March OFAC sanctioned two firms under that order: (1) Halvern Trading Corporation (HTC), ' +
      'a Laotian trader that OFAC found handled labour exports; and (2) Brask Lodging, a hostel in Mongolia.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Trading Corporation').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Lodging');
  });

  it('reads them right after the group\'s colon too: "designated two entities: (1) A ...; and (2) B ..."', () => {
    const out = extractText('In March OFAC sanctioned two firms: (1) Halvern Trading Corporation, a Laotian trader; and (2) Brask Lodging, a hostel in Mongolia.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Lodging');
  });
});

describe('sanctions: objects paired with their times', () => {
  it('reads "sanctioned A in 2017 and B in 2013" as both targets, not "A in 2017 and in 2019" as two', () => {
    const out = extractText('Washington had earlier sanctioned Oleg Brask in 2017 and Halvern Bank in 2013 for financing arms deals.');
    expectRel(out, 'SANCTIONED', 'United States', 'Oleg Brask');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Halvern Bank').rule).toBe('frame:sanction/active');
    expect(sanctions('The EU sanctioned Oleg Brask in 2017 and in 2019.')).toHaveLength(1);
  });
});

describe('sanctions: a counted group that names its members in parentheses, and measures a package includes', () => {
  it('reads "sanctions against four entities in K (A, B, C and D)" as four targets', () => {
    const out = extractText('The State Department imposed sanctions against four entities in Laos (Oleg Brask, Halvern Trade Co., Brask Instrument Co. Ltd, and Tessaly Export Co.).');
    expect(expectRel(out, 'SANCTIONED', 'State Department', 'Brask Instrument Co. Ltd').rule).toBe('frame:impose/active');
    expectRel(out, 'SANCTIONED', 'State Department', 'Oleg Brask');
  });

  it('reads "The decision also includes fresh sanctions against four entities/individuals in K (A, B, ...)" as the body\'s', () => {
    const out = extractText('The State Department imposed sanctions on Monday. The decision also includes fresh sanctions against four entities/individuals in Laos ' +
      '(Oleg Brask, Halvern Trade Co., Brask Instrument Co. Ltd, and Tessaly Export Co.).');
    expect(expectRel(out, 'SANCTIONED', 'State Department', 'Tessaly Export Co.').rule).toBe('frame:includes-measures/active');
    expectRel(extractText('The State Department imposed sanctions on Monday. The package includes sanctions against Halvern Group.'), 'SANCTIONED', 'State Department', 'Halvern Group');
  });
});
