/**
 * "Some Thai firms that are currently on the K list of sanctions are A and B": a relative clause placing a group on a
 * sanctions list marks it as targets, and the names after the copula are them; a list of something else marks
 * nothing. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const OPENING = 'Laos sanctioned 15 Thai firms on Monday.\n';

describe('sanctions: a group placed on a sanctions list by a relative clause', () => {
  it('reads the names after the copula as targets', () => {
    for (const text of [
      'Some Thai companies that are currently on the Laotian list of sanctions are Halvern Group, Brask Logistics and Kestra Air.',
      'The Thai companies that are on the Laotian sanctions list are Halvern Group and Brask Logistics.',
    ]) {
      const out = extractText(OPENING + text);
      expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
      expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    }
  });

  it('reads nothing from a list of something else', () => {
    const out = extractText(OPENING + 'The Thai companies that are on the list of suppliers are Halvern Group and Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('reads nothing from a list that only mentions sanctions, or from a second group joined on', () => {
    for (const text of [
      'Some Thai companies that are on the list of exemptions from sanctions are Halvern Group and Brask Logistics.',
      'Some Thai companies that are on the sanctions list and their suppliers are Halvern Group and Brask Logistics.',
    ]) expectNoRel(extractText(OPENING + text), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('gives the targets to the body the list phrase names', () => {
    const out = extractText(OPENING + "Some Thai companies that are on the Treasury's sanctions list are Halvern Group and Brask Logistics.");
    expectRel(out, 'SANCTIONED', 'Treasury', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});
