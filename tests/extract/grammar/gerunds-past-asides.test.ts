/**
 * The subject of a gerund of trade after "accused ... of": past an age set off by commas ("accused A, 59, of smuggling
 * G into K"), and before goods its country's name opens ("of smuggling US-made parts"). Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: the one accused of a gerund of trade', () => {
  it('reads "accused A, 59, of smuggling G into K" as A\'s smuggling', () => {
    const out = extractText('Prosecutors accused Oleg Brask, 59, of smuggling drone parts into Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Oleg Brask', 'Russia').rule).toBe('frame:supply/active');
  });

  it('reads the gerund before goods a country\'s name opens: "of smuggling US-made radar parts into K"', () => {
    const out = extractText('Investigators in Vientiane accused the Mongolian trader Oleg Brask of smuggling US-made radar parts into Russia.');
    expectRel(out, 'SHIPPED_TO', 'Oleg Brask', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'United States', 'Oleg Brask');
  });
});
