/**
 * Surname endings as a cue for people, shown with sentences written for the test (invented names): a person-shaped name
 * whose last word ends like a family name of the region ("-skiy", "-chuk", "-shvili") is a person's where the English
 * given-name list does not know its first word, and an ending shared with English words or a firm's trade word gives no
 * such cue.
 */
import { describe, expect, it } from 'vitest';
import { surnameLast } from '../../server/extract/surnames.js';
import { entity, extractText } from './helpers.js';

describe('surname endings', () => {
  it('knows the endings, not English words that share them', () => {
    for (const [first, last] of [['Yury', 'Olskiy'], ['Oksana', 'Temchuk'], ['Giorgi', 'Tessashvili'], ['Arsen', 'Kestroyan'], ['Pavel', 'Brasov']]) {
      expect(surnameLast(first, last)).toBe(true);
    }
    // ("Improv", "Kiev" as an English word, and a first word that is one: "Grand Brasov".)
    for (const [first, last] of [['Yury', 'Improv'], ['Grand', 'Brasov'], ['Yury', 'Olskin']]) expect(surnameLast(first, last)).toBe(false);
  });

  it('reads a name after a comma with no other cue as a person, where before it was dropped', () => {
    const out = extractText('The Treasury also charged one of the men, Yury Olskiy, last week.');
    expect(entity(out, 'Yury Olskiy')?.kind).toBe('person');
  });

  it('reads a name in an actor\'s slot as a person, where before it was read as a firm', () => {
    expect(entity(extractText('Oksana Temchuk sold the drones to Belarus.'), 'Oksana Temchuk')?.kind).toBe('person');
    // (A firm's trade word at the end keeps it a firm's.)
    expect(entity(extractText('In March, Kestrov Avionics shipped radios to Belarus.'), 'Kestrov Avionics')?.kind).toBe('company');
  });
});
