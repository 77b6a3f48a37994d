/**
 * "urged President Varno to act": a head of state's or an official's post before a family name alone names a person,
 * as "Mr Varno" does; an English word after the post ("the President Hotel") names no one. Sentences written for the
 * test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, extractText, mustEntity } from './helpers.js';

describe('entities: a post before a family name alone', () => {
  it('reads the family name as a person', () => {
    const out = extractText('Lawmakers in Vientiane urged President Varno to approve the deal.');
    expect(mustEntity(out, 'Varno').kind).toBe('person');
  });

  it('reads no person in an English word after the post', () => {
    const out = extractText('The talks were held at the President Hotel in Vientiane.');
    expect(entity(out, 'Hotel')).toBeUndefined();
  });
});
