/**
 * A country that names a war before the measure's noun ("Laos war sanctions against Vietnam", "the Mongolia conflict
 * sanctions on Vietnam") is no body of the measure; "Laos sanctions against Vietnam" still are Laos's. Sentences
 * written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: a country naming a war before the measure', () => {
  it('gives the measure no body from the war\'s name', () => {
    expectNoRel(extractText('Traders sought to get around Laos war sanctions against Vietnam.'), 'SANCTIONED', 'Laos', 'Vietnam');
    expectNoRel(extractText('Traders sought to get around the Mongolia conflict sanctions against Vietnam.'), 'SANCTIONED', 'Mongolia', 'Vietnam');
  });

  it('keeps a body that is no country before "war", and reads "war crimes" as no war\'s name', () => {
    expectRel(extractText('Traders sought to get around EU war sanctions against Vietnam.'), 'SANCTIONED', 'EU', 'Vietnam');
    expectRel(extractText('Traders sought to get around Laos war crimes sanctions against Vietnam.'), 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('keeps the body named right before the measure', () => {
    expectRel(extractText('Traders sought to get around Laos sanctions against Vietnam.'), 'SANCTIONED', 'Laos', 'Vietnam');
  });
});
