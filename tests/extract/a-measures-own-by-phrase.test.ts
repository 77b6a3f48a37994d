/**
 * A measure's own "by" phrase names its body when the measure is the subject of a verb of targeting ("The new
 * sanctions by Laos target A", "The sanctions imposed by Laos hit B"), whatever body the text named before, and a
 * bare verb after that body is a verb, not a noun compounded with the name. Sentences written for the test (invented
 * names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: the body a measure\'s "by" phrase names', () => {
  it('takes the body after "by" for the measure\'s targets', () => {
    const out = extractText('The new sanctions by Laos target Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('prefers it to a body named in an earlier sentence', () => {
    const out = extractText('The Laotian foreign ministry announced penalties on ten firms. The newly imposed sanctions by Laos specifically target Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Laotian foreign ministry', 'Orvel Trading');
  });

  it('reads the verb after the body of a participle\'s "by" phrase as the verb, not part of a name', () => {
    expectRel(extractText('The sanctions imposed by Laos target Halvern Group.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(extractText('The measures adopted by Vietnam target Tessaly Optics.'), 'SANCTIONED', 'Vietnam', 'Tessaly Optics');
    expectRel(extractText('The sanctions imposed by the European Union target Halvern Group.'), 'SANCTIONED', 'European Union', 'Halvern Group');
  });

  it('leaves other "by" phrases before such a word alone', () => {
    const out = extractText('The parts made by Halvern Group target Vietnamese buyers.');
    expectNoRel(out, 'SANCTIONED', 'Halvern Group', 'Vietnam');
    expectNoRel(extractText('The sanctions were approved by Laos. Vietnam\'s measures target Brask Logistics.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('takes no body from those who did something else to the measure, nor for a measure inside another phrase', () => {
    expectNoRel(extractText('The sanctions condemned by Vietnam target Halvern Group.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(extractText('The Laotian sanctions condemned by Vietnam target Halvern Group.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(extractText('Delays caused by sanctions by Laos hit Kestra Air.'), 'SANCTIONED', 'Laos', 'Kestra Air');
  });
});
