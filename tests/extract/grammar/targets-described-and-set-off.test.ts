/**
 * Targets a description stands for when a participle of sanctions follows it ("A and B are the other firms sanctioned
 * by K"; "One of the firms sanctioned by K, A, is ..."), a name set off by commas before a copula whose description
 * takes a relative clause ("One of them, A, is a firm that shipped G to B"), and a firm's name going on past "for"
 * into its line of business. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: targets a description of sanctioned firms stands for', () => {
  it('reads the names before "are the other firms sanctioned by K", past a description set before them', () => {
    const out = extractText('Its Laos-based branch, Halvern Group Limited, Vietnam-based Brask Logistics Limited, and Hanoi-based Tessaly Optics Company are the other firms sanctioned by the U.S. Treasury.');
    for (const firm of ['Halvern Group Limited', 'Brask Logistics Limited', 'Tessaly Optics Company']) {
      expect(expectRel(out, 'SANCTIONED', 'U.S. Treasury', firm).rule).toBe('frame:sanction/passive');
    }
    expectNoRel(out, 'SANCTIONED', 'U.S. Treasury', 'Vietnam');
  });

  it('takes no country named before the copula for a sanctioned firm', () => {
    const out = extractText('Halvern Group Limited, Brask Logistics Limited and Vietnam are the other firms sanctioned by the U.S. Treasury.');
    expectRel(out, 'SANCTIONED', 'U.S. Treasury', 'Halvern Group Limited');
    expectNoRel(out, 'SANCTIONED', 'U.S. Treasury', 'Vietnam');
  });

  it('takes no description of other parties for targets: "A and B are the main rivals targeted by K"', () => {
    const out = extractText('Halvern Group and Brask Logistics are the main rivals targeted by the Laos ministry.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads "One of the three companies sanctioned by K, A, is ...": the name set off past the agent', () => {
    const out = extractText('One of the three companies sanctioned by Laos, Halvern Group, is a trading company.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:sanction/passive');
  });

  it('reads the one named set off even when the text has just sanctioned another firm', () => {
    const out = extractText('Laos sanctioned Brask Logistics in May. One of the firms sanctioned by Laos, Halvern Group, is a trading company.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});

describe('grammar: a name set off before a copula, its description taking a relative clause', () => {
  it('reads "One of the companies, A, is a Laos-based firm that has arranged shipments to B": A, not Laos', () => {
    const out = extractText('One of the companies, Halvern Group Ltd., is a Laos-based freight firm that has arranged regular shipments to Orvanne.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group Ltd.', 'Orvanne');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Orvanne');
  });

  it('still reads a description in apposition after a name: "A, a Laos-based firm that shipped G to B"', () => {
    const out = extractText('Halvern Group, a Laos-based logistics company that shipped drones to Orvanne, was sanctioned.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Orvanne');
  });
});

describe('mentions: a firm named with "Company for" and its line of business', () => {
  it('keeps "the Halvern Asset Company for Information Technology" one name', () => {
    const out = extractText('Laos sanctioned the Halvern Asset Company for Information Technology in May.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Asset Company for Information Technology');
    expect(entity(out, 'Information Technology')).toBeUndefined();
  });

  it('ends the name before "for" and a party that is no line of business', () => {
    const out = extractText('Laos sold drones to the Brask Trading Company for Tarsen Vey in May.');
    expect(entity(out, 'Brask Trading Company')).toBeDefined();
  });

  it('ends the name before "for" and a place', () => {
    const out = extractText('Laos sold drones to the Brask Trading Company for Vietnam Technology Parks in May.');
    expect(entity(out, 'Brask Trading Company for Vietnam Technology Parks')).toBeUndefined();
  });
});

describe('grammar: a counted group of targets that goes on with "and an entity"', () => {
  const measure = 'Laos has imposed sanctions on two Vietnamese companies and a Mongolian entity for sending engines to Orvanne, the ministry said on Monday. It named the Vietnamese entities as Halvern Group LLC and Brask Logistics LLC.';

  it('waits for the third target the group counts: "The Mongolian entity targeted was named as C"', () => {
    const out = extractText(`${measure} The Mongolian entity on the list was identified as the Tessaly Optics Bureau.`);
    for (const target of ['Halvern Group LLC', 'Brask Logistics LLC', 'Tessaly Optics Bureau']) {
      expect(expectRel(out, 'SANCTIONED', 'Laos', target).rule).toBe('frame:sanction/counted-targets-named');
    }
  });

  it('takes the names a sentence gives "as" the group at once, though the rest are never named', () => {
    const out = extractText(measure);
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group LLC');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics LLC');
  });

  it('counts past the article before the first number: "the two firms and a Mongolian entity"', () => {
    const out = extractText('Laos imposed sanctions on the two Vietnamese firms and a Mongolian entity. It named the Vietnamese firms as Halvern Group and Brask Logistics. The Mongolian entity was identified as Orvanne Trading.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Orvanne Trading');
  });

  it('counts a second number in the group: "two firms and two companies"', () => {
    const out = extractText('Laos imposed sanctions on two Vietnamese firms and two Mongolian companies on Monday. It named the Vietnamese firms as Halvern Group and Brask Logistics. The Mongolian companies were identified as Orvanne Trading and Tessaly Optics.');
    for (const target of ['Halvern Group', 'Brask Logistics', 'Orvanne Trading', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laos', target);
  });
});

describe('grammar: one target described by its country, named in a later sentence', () => {
  it('reads "imposed measures on a Vietnamese company ... Vietnam\'s A has supported B" as A\'s measure', () => {
    const out = extractText('Laos has imposed punitive measures on a Vietnamese company for its trade with a Mongolian firm.\nThis is a blow to Hanoi, which is wooing investors.\nVietnam\'s Halvern Trading Company has actively supported the Mongolian firm Brask Logistics, the ministry said.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Trading Company').rule).toBe('frame:sanction/counted-targets-named');
  });

  it('takes no official, no body and no firm of another country for the one target', () => {
    for (const next of ['Vietnam\'s foreign minister Martin Varno condemned the move.', 'Vietnam\'s Defence Ministry condemned the move.', 'Mongolia\'s Halvern Group shipped drones to Orvanne.']) {
      const out = extractText(`Laos imposed sanctions on a Vietnamese company on Monday. ${next}`);
      expect(out.relations.filter((r) => r.type === 'SANCTIONED'), next).toEqual([]);
    }
  });
});

describe('review: what the passes above must not read', () => {
  it('takes no name inside a phrase before the copula: "Customers of A are the firms sanctioned by B"', () => {
    expect(extractText('Customers of Halvern Group are the firms sanctioned by Laos.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('takes no aside before the copula for the subject: "The shipper, not A, is a firm that shipped G to B"', () => {
    for (const text of ['The real shipper, not Halvern Group, is a freight company that shipped drones to Orvanne.',
      'The shipper, said Halvern Group, is a freight company that shipped drones to Orvanne.']) {
      expectNoRel(extractText(text), 'SHIPPED_TO', 'Halvern Group', 'Orvanne');
    }
  });

  it('takes no firm that only speaks of the measure for its one target', () => {
    for (const next of ['Vietnam\'s Halvern Group said it was not the target.', 'Vietnam\'s Halvern Group, the country\'s largest carrier, criticised the move.']) {
      const out = extractText(`Laos imposed sanctions on a Vietnamese company on Monday. ${next}`);
      expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    }
  });

  it('takes no name given "as" something other than the group: "identified the buyer as A"', () => {
    const out = extractText('Laos imposed sanctions on two Vietnamese companies on Monday. Customs officers identified the buyer as Halvern Group.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});


describe('sanctions: a described target past its short form', () => {
  it('reads "A (HG), a Laotian company already under Thai sanctions" as Thailand sanctioning A', () => {
    const out = extractText('Martin Varno heads Halvern Group (HG), a Laotian company already under Thai sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group').rule).toBe('legacy:sanction');
  });
});
