/**
 * A measure taken again and a measure taken up: "re-imposed", "reinstated", "relisted" are the measure's own verbs;
 * "the sanctions re-imposed on K" right after "UN sanctions were restored" are the UN's, on a country as on a firm.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a measure taken again', () => {
  it('reads "re-imposed", "reimposed" and "reinstated" sanctions as imposed', () => {
    for (const verb of ['re-imposed', 'reimposed', 'reinstated']) {
      expect(expectRel(extractText(`The EU ${verb} sanctions on Halvern Group in May.`), 'SANCTIONED', 'EU', 'Halvern Group').rule, verb).toBe('frame:impose/active');
    }
  });
});

describe('discourse: "the sanctions" taking up the measure just named', () => {
  it('reads "UN sanctions were restored. The sanctions re-imposed on K ..." as the UN\'s measure on K', () => {
    expect(expectRel(extractText('Vietnam said old UN sanctions were restored in May. The sanctions re-imposed on Laos last month ban missiles.'), 'SANCTIONED', 'UN', 'Laos').rule)
      .toBe('frame:impose/passive');
    expectRel(extractText('Vietnam said old UN sanctions were restored in May. Under the sanctions imposed on Hanoi last month, Vietnam shall not build missiles.'), 'SANCTIONED', 'UN', 'Vietnam');
  });

  it('takes up the measure named last, where the text has named measures of several bodies', () => {
    const two = extractText('US sanctions on Laos date from 2010. Vietnam said old UN sanctions were restored in May. The sanctions re-imposed on Halvern Group last month ban missiles.');
    expectRel(two, 'SANCTIONED', 'UN', 'Halvern Group');
    expectNoRel(two, 'SANCTIONED', 'United States', 'Halvern Group');
  });

  it('takes up only a measure named in that sentence or the one before, and only for a bare "the sanctions"', () => {
    const context = 'US sanctions on Laos date from 2010. Vietnam said old UN sanctions were restored in May.';
    const far = extractText(`${context} Laos builds rifles. Mongolia buys them. The sanctions re-imposed on Halvern Group last month ban missiles.`);
    expectNoRel(far, 'SANCTIONED', 'UN', 'Halvern Group');
    const other = extractText(`${context} New sanctions re-imposed on Halvern Group last month ban missiles.`);
    expectNoRel(other, 'SANCTIONED', 'UN', 'Halvern Group');
  });
});
