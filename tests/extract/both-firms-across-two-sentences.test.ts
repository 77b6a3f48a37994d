/**
 * "Both companies" after two sentences that name one firm each ("Added was A. Also listed was B. C imposed its own
 * measures on both companies") refers to those two firms; not when either sentence names more than one firm,
 * and not for another count. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('discourse: "both companies" over two sentences', () => {
  it('takes the one firm each of the last two sentences names', () => {
    const out = extractText('Laos sanctioned Halvern Group on Friday. It also sanctioned Brask Logistics. Vietnam imposed its own measures on both companies last year.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
  });

  it('takes none when the earlier sentence names two firms', () => {
    const out = extractText('Laos sanctioned Halvern Group, a partner of Orvel Trading, on Friday. It also sanctioned Brask Logistics. Vietnam imposed its own measures on both companies last year.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('takes none when the earlier firm is out of reach', () => {
    const out = extractText('Laos sanctioned Halvern Group on Friday. It met again on Monday. It then waited for days. It later sanctioned Brask Logistics. ' +
      'Vietnam imposed its own measures on both companies last year.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('counts only names known as companies (not a capitalised word opening a sentence)', () => {
    const out = extractText('Laos sanctioned Halvern Group on Friday. Officials met on Monday. Talks went on for days. It later sanctioned Brask Logistics. ' +
      'Vietnam imposed its own measures on both companies last year.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
  });

  it('takes none for a count other than two', () => {
    const out = extractText('Laos sanctioned Halvern Group on Friday. It also sanctioned Brask Logistics. Vietnam imposed its own measures on the three companies last year.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('takes none when a third company was named one sentence further back', () => {
    const out = extractText('Halvern Group shipped drones to Laos. Brask Logistics shipped radios. Tessaly Optics, a rival, refused such orders. ' +
      'Both companies were sanctioned by Vietnam.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Tessaly Optics');
  });
});
