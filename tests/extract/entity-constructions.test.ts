/**
 * The mention stage on the constructions real reporting uses to name entities, one test per construction, each on
 * sentences written for the test (placeholder names, no article text).
 */
import { describe, expect, it } from 'vitest';
import { entity, extractText } from './helpers.js';

describe('entities: constructions of real reporting', () => {
  it('keeps a country named only by a demonym that gives a company or a person its nationality', () => {
    const out = extractText('Customs records show that a Latvian company sold the parts, and two Estonian businessmen paid for them. A German publication first reported the deal.');
    expect(entity(out, 'Latvia')?.kind).toBe('country');
    expect(entity(out, 'Estonia')?.kind).toBe('country');
    // An outlet's nationality is no party to the story.
    expect(entity(out, 'Germany')).toBeUndefined();
  });

  it('knows intergovernmental bodies, which no word of their name classifies', () => {
    const out = extractText('The parts were sanctioned by both Georgia and the EU last year, while NATO said it would respond.');
    expect(entity(out, 'EU')?.kind).toBe('government');
    expect(entity(out, 'NATO')?.kind).toBe('organization');
  });

  it('reads a name spelt with letters beyond Latin-1 as one name', () => {
    const out = extractText('The firm is owned by Czech businessman Tomáš Dvořák. "We sold nothing," said Jānis Bērziņš, a spokesman for the firm.');
    expect(entity(out, 'Tomáš Dvořák')?.kind).toBe('person');
    expect(entity(out, 'Jānis Bērziņš')?.kind).toBe('person');
  });
});
