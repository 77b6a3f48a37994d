/**
 * "US-designated Thai banks such as A and B": a group marked as sanctioned by a hyphenated modifier passes the mark to
 * the names it announces ("such as", "including"), as the single name after the modifier takes it. Sentences written
 * for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a marked group and the names it announces', () => {
  it('marks each name the group announces', () => {
    for (const text of [
      'U.S.-designated Thai banks such as Halvern Bank, Brask Bank, and Kestra Bank take part in the scheme.',
      'U.S.-sanctioned Thai banks, including Halvern Bank, Brask Bank and Kestra Bank, take part in the scheme.',
      'A number of US-sanctioned Thai banks, such as Halvern Bank, Brask Bank and Kestra Bank, take part in the scheme.',
    ]) {
      const out = extractText(text);
      for (const bank of ['Halvern Bank', 'Brask Bank', 'Kestra Bank']) expectRel(out, 'SANCTIONED', 'United States', bank);
    }
  });

  it('marks no country a place phrase lists', () => {
    const out = extractText('U.S.-sanctioned banks in countries such as Laos and Vietnam take part in the scheme.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Laos');
  });

  it('marks no names of another group', () => {
    for (const text of [
      'Halvern Group shipped drones to US-sanctioned firms and their partners, such as Kestra Air.',
      'Halvern Group shipped drones to customers of US-sanctioned banks, such as Kestra Air.',
      'Suppliers to US-sanctioned firms, such as Kestra Air, shipped parts to Vestrik.',
      'Firms that supply US-sanctioned banks, such as Kestra Air, were fined.',
    ]) expectNoRel(extractText(text), 'SANCTIONED', 'United States', 'Kestra Air');
  });

  it('marks no unit joined on to the marked name', () => {
    for (const text of [
      'Halvern Group bought parts for the U.S.-sanctioned Laotian firm Vestrik (VST) and its subsidiary, Brask Logistics (BL).',
      'Halvern Group sold engines to the US-sanctioned Vestrik and its Thai-based unit Brask Logistics.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'United States', 'Vestrik');
      expectNoRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    }
  });

  it('marks every name of a plain list', () => {
    const out = extractText('The U.S.-sanctioned firms Vestrik and Brask Logistics bought parts.');
    expectRel(out, 'SANCTIONED', 'United States', 'Vestrik');
    expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
  });
});
