/**
 * Sanctions lists and the sources that report them, shown with sentences written for the test (invented names): "A
 * was among 250 firms on the US sanctions list"; a Malaysian legal form ("Sdn Bhd"); an outlet that reports is no
 * topic for "the company" later; goods never list anyone ("the materials included Tier 2 parts on B's list"); the
 * subject past a reduced relative's agent and route ("the materials shipped by A to B included ..."); and a body the
 * grammar read as sanctioning is no target of the older rules.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: lists and the sources that report them', () => {
  it('reads "A was among 250 firms on the US sanctions list" as sanctioned by the list\'s owner', () => {
    const out = extractText('Reports say that Penang-based Orvex Sdn Bhd was among 250 firms on the US sanctions list for ties to Belarus.');
    expect(entity(out, 'Orvex Sdn Bhd')?.kind).toBe('company');
    // (The legal form alone makes a firm: "Sdn Bhd", as "Ltd".)
    expect(entity(extractText('Orvex Sdn Bhd declined to comment.'), 'Orvex Sdn Bhd')?.kind).toBe('company');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Orvex Sdn Bhd').rule).toBe('frame:sanction/among-listed');
    // ("among 50 firms (that) the US added to its Entity List": the body of a relative clause on the group.)
    expectRel(extractText('Halvern Group is among 50 firms the United States added to its Entity List on Tuesday.'), 'SANCTIONED', 'United States', 'Halvern Group');
    expect(relationsOf('Halvern Group is among 50 firms the United States praised on Tuesday.', 'SANCTIONED')).toEqual([]);
    // ("one of 12 companies (that) B sanctioned", "one of 250 firms on B's list": the group's member, as with "among".)
    expectRel(extractText('Brask Logistics was one of 12 companies that the United States sanctioned on Tuesday.'), 'SANCTIONED', 'United States', 'Brask Logistics');
    expectRel(extractText('Brask Logistics is one of 250 firms on the US sanctions list.'), 'SANCTIONED', 'United States', 'Brask Logistics');
    expect(relationsOf('Brask Logistics is one of 12 companies that the United States praised.', 'SANCTIONED')).toEqual([]);
  });

  it('keeps an outlet that reports out of "the company" a later sentence refers to', () => {
    const out = extractText('Ras Dalma reported today that Orvex Sdn Bhd was among 250 firms on the US sanctions list. ' +
      'The report said some of the parts shipped by the company to Belarus included Tier 2 parts on the Commerce Department\'s priority list.');
    expectNoRel(out, 'SHIPPED_TO', 'Ras Dalma', 'Belarus');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED' && r.target === entity(out, 'Tier')?.id)).toEqual([]);
  });

  it('draws no sanction on the body itself: "a Malaysian firm was slapped with sanctions by B"', () => {
    const out = extractText('PENANG: A Malaysian semiconductor firm has now been slapped with new sanctions by the United States in April for allegedly shipping key electronic parts and modules to Belarus.');
    expectNoRel(out, 'SANCTIONED', 'Malaysia', 'United States');
  });
  it('draws no sanction on where the targets sit: "blacklisted four firms based in A and B"', () => {
    const out = extractText('Washington blacklisted four firms based in Latvia and Belarus last week for shipping parts to Iran.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('draws none on a country named with its article among them, nor on whom the targets are tied to', () => {
    const sited = extractText('The US on Wednesday slapped sanctions on several entities based in Laos and the United Arab Emirates which it said had violated US export controls.');
    expect(sited.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    const tied = extractText('The US Treasury imposed sanctions on more than 120 targets. Those sanctioned include a bank in Hungary and entities associated with Russia\'s state-owned nuclear company, Halvern Group.');
    expectNoRel(tied, 'SANCTIONED', 'US Treasury', 'Halvern Group');
    expectRel(extractText('The US Treasury sanctioned 12 entities linked to Halvern Group, including Brask Logistics.'), 'SANCTIONED', 'US Treasury', 'Brask Logistics');
  });
});

describe('grammar: a relative clause set after the list its subject was added to', () => {
  it('reads "Six Chinese companies were added to the sanctions list that procured parts for B" as the companies\' trade', () => {
    expectRel(extractText('Six more Chinese companies were added to the sanctions list that procured parts for Halvern Group.'), 'SHIPPED_TO', 'China', 'Halvern Group');
    expectRel(extractText('Brask Logistics was added to the sanctions list that procured parts for Halvern Group.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('keeps a clause of the list\'s own with the list: "the list that A supplied to investigators", "the list which names C"', () => {
    expectNoRel(extractText('Brask Logistics was added to the list that Halvern Group supplied to investigators.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
    expectRel(extractText('Brask Logistics was added to the EU sanctions list which names Halvern Group.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('reads "One of the listed entities is A" and "A is listed as well among the people targeted by the measures"', () => {
    const one = extractText('The Commerce Department added 93 entities to its list. One of the listed entities is Halvern Group, based in Laos.');
    expect(expectRel(one, 'SANCTIONED', 'Commerce Department', 'Halvern Group').rule).toBe('frame:sanction/targets-include');
    expect(relationsOf('The Commerce Department met 93 firms. One of the firms is Halvern Group, based in Laos.', 'SANCTIONED')).toEqual([]);
    const among = extractText('Mongolia imposed sanctions on 31 people and 40 firms. The list includes Halvern Group. ' +
      'Bertrand Olskiy is listed as well among the people targeted by the measures.');
    expect(expectRel(among, 'SANCTIONED', 'Mongolia', 'Bertrand Olskiy').rule).toBe('frame:sanction/listed-among');
    expect(relationsOf('Mongolia imposed sanctions on 58 individuals. Bertrand Olskiy is listed among the individuals praised by the minister.', 'SANCTIONED')
      .some((r) => r.rule === 'frame:sanction/listed-among')).toBe(false);
  });

  it('reads "A, the director of C, has also had sanctions imposed against him" as A sanctioned', () => {
    const out = extractText('The Treasury sanctioned Halvern Group on Monday. Bertrand Olskiy, the general director of Halvern Group, has also had sanctions imposed against him.');
    expect(expectRel(out, 'SANCTIONED', 'Treasury', 'Bertrand Olskiy').rule).toBe('frame:sanction/had-imposed');
  });

  it('reads "The sanctions also applied to A" and "... to airlines, including A" as the body\'s measure on A', () => {
    const out = extractText('The United States imposed sanctions on Halvern Group. The sanctions also applied to Laotian airlines, including Brask Air.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Brask Air').rule).toBe('frame:apply-to/active');
    // (Not a rule of another kind, nor a measure denied.)
    expect(relationsOf('The United States imposed sanctions on Halvern Group. The same rules applied to Brask Air.', 'SANCTIONED').length).toBe(1);
    expect(relationsOf('The United States imposed sanctions on Halvern Group. The sanctions do not apply to Brask Air.', 'SANCTIONED').length).toBe(1);
  });
});
