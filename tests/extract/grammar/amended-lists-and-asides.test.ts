/**
 * Sanctions the press reports as a list being amended, and targets named past an aside: each construction shown with
 * sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, rel } from '../helpers.js';

describe('grammar: amended sanctions lists', () => {
  it('reads what a body added when it amended its list: "updated the SDN list and added A", "expanded the blacklist including A"', () => {
    const out = extractText('Last week the US Treasury Department updated the SDN list and added Morrin Tech, a Tashkent firm. ' +
      'In its ninth round the EU had expanded the blacklist including Talvex Exim, which supplied chips to Russia.');
    expect(expectRel(out, 'SANCTIONED', 'US Treasury Department', 'Morrin Tech').rule).toBe('frame:amend-list/active');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Talvex Exim').rule).toBe('frame:amend-list/active');
    const infinitive = extractText('In June the UK extended its sanctions list to include Orvane Systems and Pellick Trading.');
    expectRel(infinitive, 'SANCTIONED', 'UK', 'Orvane Systems');
    expectRel(infinitive, 'SANCTIONED', 'UK', 'Pellick Trading');
  });

  it('draws nothing from a list that is no sanctions list: "updated its list of trusted exporters and included A"', () => {
    const out = extractText('Kazakhstan updated its list of trusted exporters and included Morrin Tech.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('puts no body on record by an amendment that names nothing added: the measures that follow are their own body\'s', () => {
    const out = extractText('The US Treasury imposed sanctions on Kestrin Parts LLC. ' +
      'Japan also updated its sanctions list on Friday. Vesk Systems was sanctioned for shipping relays.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Kestrin Parts LLC');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Vesk Systems');
    expectNoRel(out, 'SANCTIONED', 'Japan', 'Vesk Systems');
  });
});

describe('grammar: "the list" of the measure just reported', () => {
  it('reads "The list covers three firms from X: A, B, and C, which ..." as the targets of the body that just acted', () => {
    const out = extractText('Moldova imposed sanctions on 40 firms from Russia and Laos on Monday. ' +
      'The measures, which will last for five years, target engineering and chemicals. ' +
      'The list covers three firms from Laos: Orvane Systems, Pellick Trading, and the Vesk Chemical Plant, which makes cellulose.');
    expect(expectRel(out, 'SANCTIONED', 'Moldova', 'Orvane Systems').rule).toBe('frame:list-includes/active');
    expectRel(out, 'SANCTIONED', 'Moldova', 'Pellick Trading');
    expectRel(out, 'SANCTIONED', 'Moldova', 'Vesk Chemical Plant');
  });

  it('reads "The list, which ..., named A, B and C" after a sentence that introduced the list, however far back the body acted', () => {
    const out = extractText('Ukraine imposed sanctions on two Lao firms on Friday. Vientiane called the move groundless. ' +
      'China has sought to look neutral. Kyiv officials met on Friday. The cabinet later released a revised list of sanctioned firms. ' +
      'The list, which covers firms from Belarus too, named Orvane Systems, Pellick Trading Co. Ltd, and Morrin Tech.');
    expectRel(out, 'SANCTIONED', 'Ukraine', 'Orvane Systems');
    expectRel(out, 'SANCTIONED', 'Ukraine', 'Morrin Tech');
  });

  it('draws no sanction from a list of something else: "The list of its suppliers includes A"', () => {
    const out = extractText('The EU sanctioned Kestrin Parts. The list of its suppliers includes Talvex Exim.');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Talvex Exim');
  });
});

describe('grammar: wire style', () => {
  it('reads a weekday between the subject and its verb: "The United States Thursday put sanctions on ... Sanctioned were A and B"', () => {
    const out = extractText('The United States Thursday put sanctions on two arms networks in Laos. ' +
      'Sanctioned were Nepal-based Orvane Trading Co., Limited and Pellick Electronics Limited. Mongolia Tuesday shipped drones to Belarus.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Orvane Trading Co., Limited').rule).toBe('frame:sanction/passive');
    expectRel(out, 'SANCTIONED', 'United States', 'Pellick Electronics Limited');
    expect(expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus').rule).toBe('frame:supply/active');
  });
});

describe('grammar: targets past an aside', () => {
  it('reads the name a description gives after its place of origin: "sanctioned a company from Kazakhstan, A, last week"', () => {
    const out = extractText('Ukraine sanctioned a company from Kazakhstan, Talvex Exim, last week.');
    expect(expectRel(out, 'SANCTIONED', 'Ukraine', 'Talvex Exim').rule).toBe('frame:sanction/active');
    const relative = extractText('The EU sanctioned a firm from Armenia, Morrin Tech, which supplied chips to Russia.');
    expect(expectRel(relative, 'SANCTIONED', 'EU', 'Morrin Tech').rule).toBe('frame:sanction/active');
  });

  it('reads the subject of "is under US sanctions" before a relative clause set off by commas', () => {
    const out = extractText('Orvik Leasing and Talvex Shipping, which own the cargo ship Marlen, are under US sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Orvik Leasing').rule).toBe('frame:sanction/subject-to');
    expect(rel(out, 'SANCTIONED', 'United States', 'Talvex Shipping')?.rule).toBe('frame:sanction/subject-to');
  });
});

describe('grammar: a company and its officer named together', () => {
  it('reads "put A and its managing director and sole shareholder B on its list": both are targets', () => {
    const out = extractText('The Treasury Department put Orvane Optics LLC and its managing director and sole shareholder Harold Vint on its SDN list last month.');
    expect(expectRel(out, 'SANCTIONED', 'Treasury Department', 'Orvane Optics LLC').rule).toBe('frame:list-on/active');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Harold Vint');
    const plain = extractText('The EU sanctioned Pellick Systems and its director and owner Piet Marlow.');
    expectRel(plain, 'SANCTIONED', 'EU', 'Piet Marlow');
  });
});
