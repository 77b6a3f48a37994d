/**
 * Targets of a sanctions measure given apart from it, shown with sentences written for the test (invented names): "The
 * drone makers sanctioned were A and B" (a described group with its own words before the mark), "It concerns three
 * airlines: A, B and C", and the body of "B came together to adopt sanctions against C" (an infinitive after a clause
 * with no object is its subject's doing; "as" opens the clause whose subject follows it).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: targets named apart from the measure', () => {
  it('reads "The drone makers sanctioned were A and B" as the targets of the body that acted', () => {
    const out = extractText('Ottawa sanctioned two drone makers on Wednesday. The measures freeze any assets they hold. The drone makers sanctioned were Velkor Aviation and Tarsin Aviation, the government said.');
    expect(expectRel(out, 'SANCTIONED', 'Canada', 'Velkor Aviation').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'Canada', 'Tarsin Aviation');
  });

  it('reads "It concerns three airlines: A, B and Kenya Air" as the targets just announced', () => {
    const out = extractText('The European Union has imposed sanctions on six organisations. It concerns three airlines: Velkor Airlines, Tarsin Air and Kenya Air and two procurement firms.');
    expect(entity(out, 'Kenya Air')?.kind).toBe('company');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Tarsin Air').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'European Union', 'Kenya Air');
  });

  it('gives "as B came together to adopt sanctions against C" B as the body, not the phrase before "as"', () => {
    const out = extractText('Seven firms were listed on Friday as the European Union came together to adopt a further package of sanctions against Belarus.');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Belarus').rule).toBe('frame:impose/active');
  });

  it('reads "P based tech firm" without its hyphen as a place, not a target', () => {
    const out = extractText('The EU imposed new sanctions on Friday. Among the firms targeted is India\'s Varnapur based tech firm Orvex Microsystems.');
    expect(entity(out, 'Varnapur')?.kind ?? null).not.toBe('company');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED' && entity(out, 'Varnapur')?.id === r.target)).toEqual([]);
  });
  it('keeps "as" a preposition before an infinitive: "used A as a front to buy G from B" makes A the buyer', () => {
    const out = extractText('Prosecutors allege the two men used Velkor Anlagenbau as a front to buy dual-use chips from Orvex Ltd.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvex Ltd', 'Velkor Anlagenbau').rule).toBe('frame:acquire/active');
  });
});

describe('sanctions: a list given with counts and additions', () => {
  it('reads "including two from P, A and B, as well as C and D from Q" as the four names', () => {
    const out = extractText('Four Chinese firms were added to the EU\'s blacklist, including two from Macau, Orvel Shipping and Tasman Tech, as well as Kirra Sensors and Dalby Industry from Guangdong.');
    for (const n of ['Orvel Shipping', 'Tasman Tech', 'Kirra Sensors', 'Dalby Industry']) expect(expectRel(out, 'SANCTIONED', 'EU', n).rule).toBe('frame:list/passive');
  });
});

describe('sanctions: a counted group of targets named a few at a time', () => {
  const text = (third: string) => 'Canada announced sanctions against six firms registered in Hong Kong and Macau over their help to a drone buying scheme.\n\n' +
    'The ministry said these firms bought drone parts for Iran. The measures freeze their assets.\n\n' +
    'Per the Treasury, Hong Kong-registered Orvel Trading Limited, Tasman Trade Limited, and Kirra International Limited have provided drone engines. ' + third;

  it('reads the names that open the next sentences as the group\'s members once they add up to its count, each quoted with the measure', () => {
    const out = extractText(text('Three additional firms\u2014Dalby Ventures Limited, Wexford Trade Co Ltd, and Harlow Holdings Limited\u2014are accused of shipping test rigs to Iran.'));
    for (const n of ['Orvel Trading Limited', 'Tasman Trade Limited', 'Kirra International Limited', 'Dalby Ventures Limited', 'Wexford Trade Co Ltd', 'Harlow Holdings Limited']) {
      const r = expectRel(out, 'SANCTIONED', 'Canada', n);
      expect(r.rule).toBe('frame:sanction/counted-targets-named');
      expect(r.evidence.some((e) => e.quote.startsWith('Canada announced sanctions against six firms'))).toBe(true);
    }
  });

  it('names none while the names do not add up to the count', () => {
    const out = extractText(text('Two other firms, Dalby Ventures Limited and Wexford Trade Co Ltd, were not named in the order.'));
    for (const n of ['Orvel Trading Limited', 'Dalby Ventures Limited']) expectNoRel(out, 'SANCTIONED', 'Canada', n);
  });
});

describe('sanctions: the body whose announcement reports a measure', () => {
  it('reads "B said that fresh sanctions had been imposed on Belarusian firms" as B the body of the measures that follow', () => {
    const out = extractText('US extends sanctions against Belarusian defense industry\n\nOn Friday the US Department of Commerce said that fresh sanctions had been imposed on Belarusian firms.\n\n' +
      'Velkor Ltd and Tasman Tech were blacklisted too.');
    for (const n of ['Velkor Ltd', 'Tasman Tech']) {
      expect(expectRel(out, 'SANCTIONED', 'US Department of Commerce', n).rule).toBe('frame:sanction/passive');
      expectNoRel(out, 'SANCTIONED', 'United States', n);
    }
  });

  it('reads "B imposed sanctions against seven Syrian vessels" as B the body of the measures that follow, though no country is a target', () => {
    const out = extractText('Canada has imposed separate sanctions against seven Syrian and two Libyan vessels over illegal arms trade with Iran. This is reported by a news agency.\n\n' +
      'On Friday, Canada answered by imposing separate sanctions against 7 Syrian and 2 Libyan vessels for their role in arms trafficking.\n\n' +
      'The step is a response to a veto of the mandate of the UN panel that monitors sanctions against Syria.\n\nAmong the people subject to these measures is Dana Whitlow, a shipping agent.');
    expectRel(out, 'SANCTIONED', 'Canada', 'Dana Whitlow');
    expectNoRel(out, 'SANCTIONED', 'Canada', 'Syria');
  });
});

describe('sanctions: a counted group\'s members named one and then the rest', () => {
  it('reads "One of the companies is A ... The other two companies are C and D" as the three targets', () => {
    const out = extractText('Washington sanctioned three Latvian companies on Friday for aiding the Russian military.\n\n' +
      'One of the companies is Velmora Trading in Riga, which shipped bearings to Russia. Its director says he learned of the ' +
      'measure from the radio. He also runs a shop in Jurmala. The other two companies are Kestrin Ltd and Dorvan Logistics.');
    for (const n of ['Velmora Trading', 'Kestrin Ltd', 'Dorvan Logistics']) {
      expect(expectRel(out, 'SANCTIONED', 'United States', n).rule).toBe('frame:sanction/counted-targets-named');
    }
  });

  it('does not read "One of the companies is A" past three sentences from the measure, nor a group never counted', () => {
    const far = extractText('Washington sanctioned three Latvian companies on Friday.\n\nThe measure follows a year of inquiries. ' +
      'Officials met twice in Riga. The findings were shared with allies. One of the companies is Velmora Trading.');
    expectNoRel(far, 'SANCTIONED', 'United States', 'Velmora Trading');
    const uncounted = extractText('Washington has sanctioned Latvian companies.\n\nOne of the companies is Velmora Trading.');
    expectNoRel(uncounted, 'SANCTIONED', 'United States', 'Velmora Trading');
  });
});

describe('sanctions: a body\'s actions as its measures', () => {
  it('reads "the Commerce Department\'s actions now target two firms – A and B –" with the department as the body', () => {
    const out = extractText('In a second step, the Commerce Department’s actions now target two firms — Velmora Trading and Kestrin Ltd — which it said bought valves for the program.');
    for (const n of ['Velmora Trading', 'Kestrin Ltd']) expect(expectRel(out, 'SANCTIONED', 'Department of Commerce', n).rule).toBe('frame:sanction/active');
  });

  it('does not take a body\'s actions against a sector as naming the body for later targets', () => {
    const out = extractText('Washington sanctioned dozens of firms on Friday. The Commerce Department’s actions now target the Belarusian energy sector as well.\n\n' +
      'Among the firms the measures hit is Velmora Trading.');
    expectRel(out, 'SANCTIONED', 'United States', 'Velmora Trading');
    expectNoRel(out, 'SANCTIONED', 'Department of Commerce', 'Velmora Trading');
  });
});

describe('sanctions: a counted group named again with its count', () => {
  it('reads "B imposed sanctions on two companies ... Two Mongolia-based entities, A and C, work with ..." as the targets', () => {
    const out = extractText('The US Treasury imposed sanctions on two companies based in Mongolia on Tuesday. According to the Treasury, ' +
      'two Mongolia-based entities, Halvern Group and Tessaly Optics, work with Belarusian firms.');
    expect(expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Group').rule).toBe('frame:sanction/counted-targets-named');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Tessaly Optics');
  });

  it('takes no names whose count differs from the group\'s or from the phrase\'s own', () => {
    const other = extractText('The US Treasury imposed sanctions on two companies based in Mongolia on Tuesday. According to the Treasury, ' +
      'three Mongolia-based entities, Halvern Group, Brask Logistics and Tessaly Optics, work with Belarusian firms.');
    expectNoRel(other, 'SANCTIONED', 'US Treasury', 'Halvern Group');
    const more = extractText('The US Treasury imposed sanctions on two companies based in Mongolia on Tuesday. According to the Treasury, ' +
      'two Mongolia-based entities, Halvern Group, Brask Logistics and Tessaly Optics, work with Belarusian firms.');
    expectNoRel(more, 'SANCTIONED', 'US Treasury', 'Halvern Group');
  });

  it('reads "both Tashkent-based companies" as the two firms named in the sentence before', () => {
    const out = extractText('Last week, the EU included Brask Logistics and Halvern Group among a list of 87 enterprises. ' +
      'In April, the Commerce Department blacklisted both Tashkent-based companies.');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Group');
    // (Not all of three the sentence before named: "both" counts two.)
    const three = extractText('Last week, the EU included Brask Logistics, Tessaly Optics and Halvern Group among a list of 87 enterprises. ' +
      'In April, the Commerce Department blacklisted both Tashkent-based companies.');
    expectNoRel(three, 'SANCTIONED', 'Commerce Department', 'Tessaly Optics');
    expectNoRel(three, 'SANCTIONED', 'Commerce Department', 'Halvern Group');
  });

  it('reads "It named the Laotian entities as A and B" and "The companies were named as A and B" after a counted measure', () => {
    const out = extractText('Washington imposed sanctions on two Laotian companies for transferring sensitive items, the State Department said. ' +
      'It named the Laotian entities as the Halvern Group of Companies LLC and Brask Logistics LLC.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics LLC').rule).toBe('frame:sanction/counted-targets-named');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern Group of Companies LLC');
    expectRel(extractText('Washington imposed sanctions on two Laotian companies. The companies were named as Halvern Group and Brask Logistics.'),
      'SANCTIONED', 'United States', 'Brask Logistics');
    // (Not names "named as" something else, with no measure counted before.)
    expect(relationsOf('The United States praised two Laotian companies. It named them as Halvern Group and Brask Logistics.', 'SANCTIONED')).toEqual([]);
  });
});
