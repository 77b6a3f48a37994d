/**
 * "The EU designated the Laotian carrier, A, and its director B, as well as C and D": a singular description of a
 * firm as the object of a sanction, named in apposition, opens a list of targets that goes on past the apposition's
 * comma; a name that opens a clause of its own ("..., and B praised the move") is none. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a target named in apposition to its description', () => {
  it('takes the name in apposition and the items joined after it', () => {
    const out = extractText('The EU designated the Laotian carrier, Halvern Lines, and its director Pavel Dorin, as well as Laotian freight firms Brask Trading, Vestrik and Orvel.');
    for (const t of ['Halvern Lines', 'Pavel Dorin', 'Brask Trading', 'Vestrik', 'Orvel']) expectRel(out, 'SANCTIONED', 'EU', t);
  });

  it('reads a name after "the" in apposition alike', () => {
    const out = extractText("The EU designated Laos's state carrier, the Halvern Shipping Lines, as well as Brask Trading.");
    expectRel(out, 'SANCTIONED', 'EU', 'Halvern Shipping Lines');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Trading');
  });

  it('goes on past a relative clause on the name in apposition', () => {
    const out = extractText('The EU designated the Laotian carrier, Halvern Lines, which runs ships to Vietnam, and Brask Trading.');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Trading');
  });

  it('stops at a name that opens a clause of its own', () => {
    const out = extractText('The EU designated a Laotian firm, Halvern Lines, and Brask Trading praised the move.');
    expectRel(out, 'SANCTIONED', 'EU', 'Halvern Lines');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Trading');
  });

  it('reads no apposition in a speaker after the description', () => {
    const out = extractText('Halvern Group shipped drones to Vestrik. Laos sanctioned the company, Vestrik said.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Vestrik');
    const alone = extractText('The Treasury sanctioned a Thai firm, Orvel Trading said on Monday.');
    expectNoRel(alone, 'SANCTIONED', 'Treasury', 'Orvel Trading');
  });

  it('stops at a name whose clause stands in with "do"', () => {
    const out = extractText('The Treasury sanctioned a Thai firm, Orvel Trading, and the EU did the same.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'EU');
  });
});
