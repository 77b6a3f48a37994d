/**
 * "misled by its Laotian customer, Orvekon": a firm's customer, client, buyer or partner, given its nationality or
 * the firm's possessive, names a firm in apposition, though nothing else in the sentence vouches for the name.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, extractText } from './helpers.js';

describe('entities: a trading partner named in apposition', () => {
  it('reads the name after "its Laotian customer," as a company', () => {
    expect(entity(extractText('Halvern Group said it was misled by its Laotian customer, Orvekon.'), 'Orvekon')?.kind).toBe('company');
    expect(entity(extractText('Halvern Group said it was deceived by its client, Orvekon.'), 'Orvekon')?.kind).toBe('company');
  });

  it('reads no company after a customer the text does not tie to a firm or a country', () => {
    expect(entity(extractText('Halvern Group said it was misled by the customer, Orvekon.'), 'Orvekon')).toBeUndefined();
  });

  it('leaves a name shaped as a person\'s to the person', () => {
    expect(entity(extractText('Halvern Group said it was misled by its Laotian customer, Irina Olskaya.'), 'Irina Olskaya')?.kind).toBe('person');
  });
});
