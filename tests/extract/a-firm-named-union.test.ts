/**
 * "Kolvar Union": "Union" after one coined word is a firm's name; a union of states ("the African Union", "the
 * Eurasian Economic Union") or one named by an English word ("the Customs Union") stays a public body. Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

const kindOf = (out: ReturnType<typeof extractText>, name: string) => out.entities.find((e) => e.name === name)?.kind;

describe('entities: a firm named "Union"', () => {
  it('reads a coined word before "Union" as a firm', () => {
    const out = extractText('Laos sanctioned Kolvar Union and Dornik LLC.\nThe two companies shipped radios to Russia.');
    expect(kindOf(out, 'Kolvar Union')).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Kolvar Union', 'Russia');
  });

  it('keeps unions of states and bodies public', () => {
    const out = extractText('The African Union, the Eurasian Economic Union, the Laotian Union and the Customs Union met in Hanoi.');
    for (const n of ['African Union', 'Eurasian Economic Union', 'Laotian Union', 'Customs Union']) expect(kindOf(out, n)).toBe('government');
  });
});
