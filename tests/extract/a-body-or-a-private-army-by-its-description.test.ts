/**
 * "X, the EU law enforcement authority,": a name an apposition calls an authority or an agency is a public body, but
 * not where the noun opens the sentence's attribution ("X, the agency said"), names the agency only in passing
 * ("X, the agency's former director"); a private trade's agency ("a shipping agency") is a business, the UN's an
 * international body. "X PMC": a private military company's name ends in its form as a firm's does. Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { extractText, mustEntity } from './helpers.js';

describe('entities: a body or a private army by its description', () => {
  it('reads a name an apposition calls an authority as a government body', () => {
    const out = extractText('The work was done with police in Laos, as well as Kestrapol, the regional law enforcement authority.');
    expect(mustEntity(out, 'Kestrapol').kind).toBe('government');
  });

  it('reads no body in a name before "the agency said"', () => {
    const out = extractText('The boards reached Laos through Orvekon, the agency said.');
    expect(mustEntity(out, 'Orvekon').kind).toBe('company');
  });

  it('reads no body in a name whose apposition ends in another noun after the body\'s', () => {
    const out = extractText('Orvekon, the port authority contractor, shipped the boards to Laos.');
    expect(mustEntity(out, 'Orvekon').kind).toBe('company');
  });

  it('reads a name ending in "PMC" as a company', () => {
    const out = extractText('The camp was used to train Orvel PMC mercenaries in 2021.');
    expect(mustEntity(out, 'Orvel PMC').kind).toBe('company');
  });

  it('reads a business in a private agency, an international body in a UN agency, no body in an agency named in passing', () => {
    expect(mustEntity(extractText("Martin Varno, the agency's former director, shipped drones to Laos."), 'Martin Varno').kind).toBe('person');
    expect(mustEntity(extractText('Orvekon, a shipping agency, sold the engines to Laos.'), 'Orvekon').kind).toBe('company');
    expect(mustEntity(extractText('Kestrapol, a UN agency, said it would help Laos.'), 'Kestrapol').kind).toBe('organization');
  });

  it('still reads a country\'s customs agency as a public body', () => {
    expect(mustEntity(extractText("Orvekon, Laos's customs agency, seized the drones."), 'Orvekon').kind).toBe('government');
  });
});
