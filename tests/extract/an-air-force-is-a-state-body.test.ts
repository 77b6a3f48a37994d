/**
 * "the Laotian Air Force": an armed service named with "Force" is a body of the state, its nationality part of the
 * name, as "the Laotian Army" is; not a firm called "Air Force". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('entities: an air force is a state body', () => {
  it('reads the service with its nationality as a government body', () => {
    const out = extractText('Halvern Group sold the parts to the Laotian Air Force.');
    const force = out.entities.find((e) => e.name === 'Laotian Air Force');
    expect(force?.kind).toBe('government');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laotian Air Force');
  });

  it('keeps a firm named with "Force" a firm, its place apart', () => {
    const out = extractText('The Treasury sanctioned Halvern Force LLC of Laos and Vestrik. Tessaly Optics sold lenses to Kestra Force.');
    expect(out.entities.find((e) => e.name === 'Halvern Force LLC')?.kind).toBe('company');
    expect(out.entities.find((e) => e.name === 'Kestra Force')?.kind).toBe('company');
  });
});
