/**
 * Given names as a cue for people, shown with sentences written for the test (invented names): a person-shaped name
 * that opens with a common given name is a person's even where nothing else in the text says so, and a given name that
 * is also an English word ("Sky", "North"), or a name that ends in one ("Bertrand Avionics"), gives no such cue.
 */
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../server/extract/english-words.js';
import { isGivenName } from '../../server/extract/given-names.js';
import { entity, extractText } from './helpers.js';

describe('given names', () => {
  it('knows common given names, not the ones that are English words', () => {
    expect(isGivenName('Bertrand')).toBe(true);
    expect(isGivenName('Ottilie')).toBe(true);
    for (const w of ['Sky', 'North', 'Grace', 'Star', 'Ed']) expect(isGivenName(w)).toBe(false);
  });

  it('reads a name that opens with a given name as a person, with no title or verb of speech to say so', () => {
    const out = extractText('Bertrand Olskiy will fly to Minsk for talks next week.');
    expect(entity(out, 'Bertrand Olskiy')?.kind).toBe('person');
    // Before, such a name filling an actor's slot was read as a firm.
    const sold = extractText('Gustavo Temmerlin sold the drones to Belarus.');
    expect(entity(sold, 'Gustavo Temmerlin')?.kind).toBe('person');
  });

  it('leaves a name that opens or ends with an English word to the other cues', () => {
    expect(entity(extractText('In March, Sky Tessaline shipped drones to Belarus.'), 'Sky Tessaline')?.kind).toBe('company');
    // (Nor one that ends in an English word: a firm named after a person or a place and its trade.)
    expect(entity(extractText('In March, Bertrand Avionics shipped radios to Belarus.'), 'Bertrand Avionics')?.kind).toBe('company');
  });
});

describe('English words', () => {
  it('finds words at both ends of the sorted list and in between, and no others', () => {
    for (const w of ['a', 'avionics', 'north', 'zzzs']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['olskiy', 'tessaline', '', 'zzzzzz']) expect(isEnglishWord(w)).toBe(false);
  });
});
