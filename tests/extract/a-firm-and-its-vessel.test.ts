/**
 * "The company and the vessel were blacklisted by K": a firm referred back to, joined with its vessel (no party of
 * its own), is the target; a word that refers to no firm ("the port and the ship") finds none. Sentences written for
 * the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a firm referred back to, joined with its vessel', () => {
  it('reads the firm as the target', () => {
    const out = extractText('The Golbon belongs to Halvern Lines, a Laotian carrier. The company and the ship were blacklisted by Vietnam in May.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Lines');
  });

  it('finds no firm in a word that names none', () => {
    const out = extractText('The Golbon belongs to Halvern Lines. The port and the ship were blacklisted by Vietnam in May.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Lines');
  });
});
