/**
 * Nationalities, firms named by a demonym and outlets behind "The", shown with sentences written for the test
 * (invented names): "Korean" alone as South Korea's demonym ("North Korean" stays the North), "Korean Air" and
 * "Turkish Airlines" as whole names, and "an investigation by The Velka" as an outlet, no party.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

describe('entities: nationalities, demonym names and outlets', () => {
  it('reads "Korean national A" as a person of South Korea, and "North Korean" still as the North', () => {
    const out = extractText('In May the US Treasury blacklisted Korean national Park Minsu. North Korean shells reached Belarus.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Park Minsu');
    expect(entity(out, 'Korean')).toBeUndefined();
    expect(entity(out, 'North Korea')?.kind).toBe('country');
  });

  it('reads a demonym and one company word as the firm\'s whole name: "Korean Air", "Turkish Airlines"', () => {
    expect(entity(extractText('Korean Air flew the cargo to Vladivostok.'), 'Korean Air')?.kind).toBe('company');
    expect(entity(extractText('Turkish Airlines flew the cargo to Minsk.'), 'Turkish Airlines')?.kind).toBe('company');
  });

  it('reads "an investigation by The Velka" as an outlet, which supplies no one', () => {
    const out = extractText('An investigation by The Velka has found four firms linked to Orvex Ltd. The network of companies sold chips worth millions to Belarus.');
    expect(entity(out, 'Velka')?.kind).toBe('media');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === entity(out, 'Velka')?.id)).toEqual([]);
  });
  it('reads the acronym before a unit and a title as the employer: "said VBI Cyber Branch Deputy Director A"', () => {
    const out = extractText('The scheme put the country at risk, said VBI Cyber Branch Deputy Director Marek Olsen.');
    expect(entity(out, 'VBI')?.kind).toBe('organization');
    expect(entity(out, 'Marek Olsen')?.kind).toBe('person');
  });
});
