/**
 * The older layer's passive of sanctions: goods a body classes ("once the chips were designated by B as priority
 * items") sanction no party of the sentence; a party designated by a body still is; and a participle of sanctions
 * after a preposition describes its noun ("ties with sanctioned firms"). Sentences written for the test (invented
 * names).
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

describe('relations: a participle of sanctions after a preposition', () => {
  it('reads "ties with sanctioned Vietnamese companies" as a description, no measure', () => {
    const out = extractText('Laotian firms kept ties with sanctioned Vietnamese companies while other nations broke off trade with Hanoi.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('still reads a gerund after a preposition: "B joins C in sanctioning K"', () => {
    expectRel(extractText('Mongolia joins Vietnam in sanctioning Laos.'), 'SANCTIONED', 'Vietnam', 'Laos');
  });
});
