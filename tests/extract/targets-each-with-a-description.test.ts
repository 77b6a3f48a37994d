/**
 * A sanction's object may list names each with a description of its own ("A, a director of B, C, the head of D, and
 * E"): every name past its description is a target. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: targets listed each with a description', () => {
  it('takes every name past a description opened by "a"', () => {
    const out = extractText('Laos sanctioned Martin Varno, a director of Halvern Group, Tomas Varno, a manager of Brask Logistics, and Pavel Dorin.');
    for (const who of ['Martin Varno', 'Tomas Varno', 'Pavel Dorin']) expectRel(out, 'SANCTIONED', 'Laos', who);
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('takes every name past a post held, opened by "the"', () => {
    const out = extractText('The new sanctions by Laos specifically target Martin Varno, the head of Halvern Group, Tomas Varno, the chief executive of Brask Logistics, and Irina Olskaya.');
    for (const who of ['Martin Varno', 'Tomas Varno', 'Irina Olskaya']) expectRel(out, 'SANCTIONED', 'Laos', who);
  });

  it('stops at a closing attribution', () => {
    const out = extractText('Laos sanctioned Martin Varno, a director of Halvern Group, the Vietnamese ministry said.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Vietnamese ministry');
  });

  it('takes no names from a list inside a description', () => {
    const owners = extractText('Laos sanctioned Halvern Group, a company owned by Martin Varno, Irina Olskaya and Pavel Dorin.');
    expectRel(owners, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(owners, 'SANCTIONED', 'Laos', 'Irina Olskaya');
    const firms = extractText('Laos sanctioned Martin Varno, the head of Halvern Group, Brask Logistics and Orvel Trading.');
    expectNoRel(firms, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads a post\'s word the tagger takes for an adjective ("the chief of B")', () => {
    const out = extractText('Laos sanctioned Martin Varno, the head of Halvern Group, Irina Olskaya, the chief of Brask Logistics, and Pavel Dorin.');
    for (const who of ['Irina Olskaya', 'Pavel Dorin']) expectRel(out, 'SANCTIONED', 'Laos', who);
  });

  it('reads a post with "the" as a description only in such a list of the object, not after "including"', () => {
    const out = extractText('Laos sanctioned 12 people, including Martin Varno, the head of Halvern Group, Brask Logistics and Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});
