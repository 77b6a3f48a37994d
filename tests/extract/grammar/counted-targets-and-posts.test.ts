/**
 * Targets and units a sanctions report gives after announcing them, and the holders of a company's posts, shown with
 * sentences written for the test (invented names): "The sanctioned entities are three: A, which ..., and two firms
 * under this ministry: B and C" (a count before the colon, a second list after a later colon, and the units "under"
 * the body named before), "The three firms included in the new measures are A, B and C", "sanctioned the company's
 * owner, A, and its director, B" (each post's holder a target, only the owner an owner), and a quoted name after
 * "-based".
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

const COUNTED = 'The U.S. Treasury sanctioned three entities for supporting the weapons programmes of Laos. ' +
  'The sanctioned entities are three: the Laotian Ministry of Rail Industry, which runs the plan, and two trading companies under this ministry: ' +
  'Halvern Trading Corporation and Brask Trading Corporation.';

describe('sanctions: a counted list and the lists a later colon gives', () => {
  it('reads "The sanctioned entities are three: A, ..., and two firms under this ministry: B and C" as three targets', () => {
    const out = extractText(COUNTED);
    for (const n of ['Laotian Ministry of Rail Industry', 'Halvern Trading Corporation', 'Brask Trading Corporation']) {
      expect(expectRel(out, 'SANCTIONED', 'U.S. Treasury', n).rule).toBe('frame:sanction/targets-include');
    }
  });

  it('reads "The three firms included in the new measures are A, B and C" as the targets of the body that acted', () => {
    const out = extractText('The European Union sanctioned thirty entities on Friday over ties to the armed forces of Kestrova. ' +
      'The three Laotian firms included in the latest EU sanctions are Halvern Aviation Private Limited, Brask Aviation Laos Private Limited, and Tessaly Enterprises.');
    for (const n of ['Halvern Aviation Private Limited', 'Brask Aviation Laos Private Limited', 'Tessaly Enterprises']) {
      expect(expectRel(out, 'SANCTIONED', 'European Union', n).rule).toBe('frame:sanction/targets-include');
    }
  });

  it('takes no targets from firms "included in" a report rather than a measure', () => {
    const out = extractText('The European Union sanctioned thirty entities on Friday over ties to the armed forces of Kestrova. ' +
      'The three Laotian firms included in the survey are Halvern Aviation Private Limited, Brask Aviation Laos Private Limited, and Tessaly Enterprises.');
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Tessaly Enterprises');
  });
});

describe('sanctions: "One of these companies, A," a member of the counted group', () => {
  it('makes the member named in apposition a target, quoted after a place\'s "-based" too', () => {
    for (const member of ['Kestrovatechnoservices,', 'the Vientiane-based “Kestrovatechnoservices,”']) {
      const out = extractText(`The U.S. Treasury Department on Tuesday sanctioned five companies. One of these companies, ${member} sold diving systems to the army.`);
      expect(expectRel(out, 'SANCTIONED', 'U.S. Treasury Department', 'Kestrovatechnoservices').rule).toBe('frame:sanction/counted-targets-named');
    }
  });

  it('names no member of a group no measure counted', () => {
    const out = extractText('The U.S. Treasury Department on Tuesday praised five companies. One of these companies, Kestrovatechnoservices, sold diving systems to the army.');
    expectNoRel(out, 'SANCTIONED', 'U.S. Treasury Department', 'Kestrovatechnoservices');
  });
});

describe('ownership: units a colon lists under a body or a firm', () => {
  it('makes the firms listed after "two trading companies under this ministry:" the ministry\'s units', () => {
    const out = extractText(COUNTED);
    for (const n of ['Halvern Trading Corporation', 'Brask Trading Corporation']) {
      expect(expectRel(out, 'SUBSIDIARY_OF', n, 'Laotian Ministry of Rail Industry').rule).toBe('frame:own/units-under-listed');
    }
  });

  it('reaches the ministry of the sentence before, and a named group after "under"', () => {
    const out = extractText('The Laotian Ministry of Rail Industry runs the plan. It relies on two trading companies under the ministry: Halvern Trading Corporation and Brask Trading Corporation. ' +
      'Two plants under Orvanne Group: Tessaly Optics and Kestrova Works, were named.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Trading Corporation', 'Laotian Ministry of Rail Industry');
    expectRel(out, 'SUBSIDIARY_OF', 'Kestrova Works', 'Orvanne Group');
  });

  it('reads "two companies under the group" as the group its own sentence names', () => {
    const out = extractText('Orvanne Group said it set up two companies under the group: Tessaly Optics and Kestrova Works.');
    expectRel(out, 'SUBSIDIARY_OF', 'Kestrova Works', 'Orvanne Group');
  });

  it('does not reach back across sentences for "the group"', () => {
    const out = extractText('Halvern Group sold rifles to Laos in 2019. Separately, Brask Logistics said it set up two companies under the group: Tessaly Optics and Orvanne Ltd.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
  });

  it('gives no owner to firms under a ministry the text has not named', () => {
    const out = extractText('The Laotian Ministry of Rail Industry runs the plan. It relies on two trading companies under the department: Halvern Trading Corporation and Brask Trading Corporation.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Trading Corporation', 'Laotian Ministry of Rail Industry');
  });
});

describe('posts named in apposition: "the company\'s owner, A, and its director, B"', () => {
  const POSTS = 'One of these companies, the Vientiane-based Kestrovatechnoservices, sold diving systems to the army. ' +
    'Washington sanctioned the company’s owner, Martin Varno, and its director, Irina Olskaya.';

  it('sanctions each holder of a post, not the company whose posts they hold', () => {
    const out = extractText(POSTS);
    for (const n of ['Martin Varno', 'Irina Olskaya']) expect(expectRel(out, 'SANCTIONED', 'United States', n).rule).toBe('frame:sanction/active');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Kestrovatechnoservices');
  });

  it('makes the owner, not the director, the company\'s owner', () => {
    const out = extractText(POSTS);
    expectRel(out, 'SUBSIDIARY_OF', 'Kestrovatechnoservices', 'Martin Varno');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Kestrovatechnoservices', 'Irina Olskaya');
  });

  it('reads a quoted name right after a place\'s "-based" as a company', () => {
    const out = extractText('One of these companies, the Vientiane-based “Kestrovatechnoservices,” sold diving systems to the army.');
    expect(entity(out, 'Kestrovatechnoservices')?.kind).toBe('company');
  });
});

describe('sanctions: counted people named after a colon, each with a relative clause', () => {
  it('reads "Two individuals were also sanctioned: A, whom K described as X, and A\'s wife, B, who ..." as both targets', () => {
    const out = extractText('Laos put sanctions on six firms on Friday. Three individuals were also sanctioned: Martin Varno, whom the ministry called ' +
      'a close ally of the junta, Martin Varno\'s wife, Irina Olskaya, who co-owns two of the firms, and their director, Tomas Varno, who runs them.');
    for (const n of ['Martin Varno', 'Irina Olskaya', 'Tomas Varno']) expectRel(out, 'SANCTIONED', 'Laos', n);
  });
});
