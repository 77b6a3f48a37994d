/**
 * "A, the ex-president of B": a post written with "ex-" is a post all the same, so the name in apposition is a
 * person's, and a capitalised "Ex-head" opening a headline names no one. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, extractText, mustEntity } from './helpers.js';

describe('entities: a former holder of a post', () => {
  it('reads the name before "the ex-president of" as a person', () => {
    const out = extractText('Martin Varno, the ex-president of the Kolva Dorn plant, now faces a new charge.');
    expect(mustEntity(out, 'Martin Varno').kind).toBe('person');
  });

  it('reads no name in a capitalised "Ex-head" opening a headline', () => {
    const out = extractText('Ex-head of Laos engine plant charged with fraud\n\nProsecutors in Vientiane filed the case on Monday.');
    expect(entity(out, 'Ex-head')).toBeUndefined();
    expect(entity(out, 'Ex-head of Laos')).toBeUndefined();
  });
});
