/**
 * "K sanctioned nine firms for the sale of drones, including A": the list after the deed the targets are taken
 * for names the targets; and "B announced the sanctions, which targeted A": the body whose measure the relative clause
 * is on imposed it, whatever measure an earlier sentence named. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: targets listed past the deed they are taken for', () => {
  it('reads the firms after the deed as targets', () => {
    for (const text of [
      'The US Treasury sanctioned nine firms for the sale of drones, including Halvern Group and Brask Logistics.',
      'The US Treasury sanctioned nine firms for the sale of drones to Vestrik, including Halvern Group and Brask Logistics.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Group');
      expectRel(out, 'SANCTIONED', 'US Treasury', 'Brask Logistics');
    }
  });

  it('gives the measure a relative clause is on to the body that announced it', () => {
    for (const [text, other] of [
      ['Canada\'s new sanctions hit the owners of Dornik LLC.\nThe US Treasury announced the sanctions, which targeted Halvern Group.', 'Canada'],
      ['New Laotian sanctions have targeted the leadership of Dornik LLC.\nThe US Treasury announced the sanctions on Monday, which targeted Halvern Group.', 'Laos'],
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Group');
      expectNoRel(out, 'SANCTIONED', other, 'Halvern Group');
    }
  });

  it('takes no one who only spoke of or printed the measure for its body', () => {
    for (const [text, speaker] of [
      ['Laos imposed new sanctions on Dornik LLC.\nThe Vietnamese government criticised the sanctions, which targeted Halvern Group.', 'Vietnam'],
      ['Laos imposed new sanctions on Dornik LLC.\nReuters published the sanctions, which targeted Halvern Group.', 'Reuters'],
    ]) {
      const out = extractText(text);
      expectNoRel(out, 'SANCTIONED', speaker, 'Halvern Group');
      expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    }
  });

  it('leaves the members of a buyer the deed names', () => {
    for (const text of [
      'The Treasury sanctioned nine firms for the sale of drones to Vestrik and its partners, including Kestra Air.',
      'The Treasury sanctioned nine firms for the sale of parts to Vestrik, including its unit Kestra Air.',
    ]) expectNoRel(extractText(text), 'SANCTIONED', 'Treasury', 'Kestra Air');
  });
});
