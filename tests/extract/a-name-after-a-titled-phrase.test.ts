/**
 * "Under Mr Varno, Kolva Dorn sold engines": the name after the comma that closes a preposition's phrase is the
 * clause's subject, neither a member of a list of people nor in apposition to the title before it; so its owner can
 * be drawn. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, mustEntity } from './helpers.js';

describe('entities: a name after a titled person\'s phrase', () => {
  it('reads the name as no person', () => {
    const out = extractText('Under Mr Varno, Kolva Dorn sold turbine blades to Vietnam.');
    expect(mustEntity(out, 'Kolva Dorn').kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Kolva Dorn', 'Vietnam');
  });

  it('reads it inside a reported clause, with its owner named later', () => {
    const out = extractText('Prosecutors say that under Mr Varno, Kolva Dorn sold turbine blades to Vietnam. Until 2020, Kolva Dorn’s main owner was Martin Varno.');
    expectRel(out, 'SUBSIDIARY_OF', 'Kolva Dorn', 'Martin Varno');
  });

  it('keeps the people listed after a post and its holder', () => {
    const out = extractText('The agency sanctioned its chairman Jan Pelt, Kolva Dorn and Orvin Kast.');
    expect(mustEntity(out, 'Kolva Dorn').kind).toBe('person');
  });

  it('still lists people after a preposition', () => {
    const out = extractText('Vietnam imposed sanctions on Mr Varno, Kolva Dorn and Irina Olskaya.');
    expect(mustEntity(out, 'Kolva Dorn').kind).toBe('person');
  });

  it('still lists a name after a person\'s comma with no verb of its own', () => {
    const out = extractText('Vietnam imposed sanctions on Irina Olskaya, Kolva Dorn.');
    expect(mustEntity(out, 'Kolva Dorn').kind).toBe('person');
  });
});
