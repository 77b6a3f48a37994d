/**
 * Guard: a supply clause whose own subject is an indefinite phrase that names no one ("one of the firms", "a local
 * trader") takes no supplier from a name earlier in the sentence, such as the outlet reporting it. Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('guards: an indefinite subject names no supplier', () => {
  it('draws no flow from the reporter of "The Courier says that one of Korean companies sent G to B"', () => {
    const out = extractText('The Courier says that one of Korean companies sent 400 valves to Belarus last spring.');
    expectNoRel(out, 'SHIPPED_TO', 'Courier', 'Belarus');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.target === out.entities.find((e) => e.name === 'Belarus')?.id)
      .every((r) => out.entities.find((e) => e.id === r.source)?.kind === 'country')).toBe(true);
  });

  it('still reads a named subject after the reporter, and "the firm" referring back', () => {
    expectRel(extractText('The Courier writes that Velkor Trading sent 400 valves to Belarus.'), 'SHIPPED_TO', 'Velkor Trading', 'Belarus');
    const back = extractText('Velkor Trading opened in Minsk in 2021. A year later the firm sent 400 valves to Belarus.');
    expectRel(back, 'SHIPPED_TO', 'Velkor Trading', 'Belarus');
  });
});
