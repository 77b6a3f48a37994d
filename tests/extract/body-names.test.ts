import { describe, expect, it } from 'vitest';
import { otherBodyNames } from '../../server/extract/body-names.js';
import { extractText, mustEntity } from './helpers.js';

describe('other names of a government body', () => {
  it('gives a US department its usual names, with and without the country', () => {
    const names = otherBodyNames(['Treasury'], undefined);
    expect(names).toEqual(expect.arrayContaining(['Treasury Department', 'Department of the Treasury', 'US Treasury', 'U.S. Treasury Department']));
    expect(names).not.toContain('Treasury');
  });

  it('gives no US names to a body of another country', () => {
    expect(otherBodyNames(['Treasury'], 'GB')).toEqual([]);
    expect(otherBodyNames(['HM Treasury', 'Treasury'])).toEqual([]);
  });

  it('pairs an office and its acronym, and drops a possessive country', () => {
    expect(otherBodyNames(['OFAC'])).toEqual(['Office of Foreign Assets Control']);
    expect(otherBodyNames(["Ukraine's National Security and Defense Council"])).toEqual(expect.arrayContaining(['National Security and Defense Council', 'NSDC']));
  });

  it('reaches the extraction as aliases, the name staying the text\'s own', () => {
    const out = extractText('The EU sanctioned Pemberly Trading LLC. The Treasury sanctioned Halvern Tech Ltd.');
    const eu = mustEntity(out, 'EU');
    expect(eu.name).toBe('EU');
    expect(eu.aliases).toContain('European Union');
    expect(mustEntity(out, 'Treasury').aliases).toContain('U.S. Department of the Treasury');
  });
});
