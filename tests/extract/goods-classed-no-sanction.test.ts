/**
 * The older layer's passive of sanctions: goods a body classes ("once the chips were designated by B as priority
 * items") sanction no party of the sentence; a party designated by a body still is. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: goods designated by a body', () => {
  it('sanctions no trader of the goods: "shipments ... after the chips were designated by B as priority items"', () => {
    const out = extractText('Halvern Group made dozens of shipments to Vietnam, several of which occurred after the chips were designated by Laos and Mongolia as priority items.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Mongolia', 'Halvern Group');
  });

  it('still reads a party designated by a body', () => {
    expectRel(extractText('Halvern Group, which sells drones, was designated by Laos in May.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});
