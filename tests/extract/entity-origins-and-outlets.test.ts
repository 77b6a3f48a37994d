/**
 * Nationalities, firms named by a demonym and outlets behind "The", shown with sentences written for the test
 * (invented names): "Korean" alone as South Korea's demonym ("North Korean" stays the North), "Korean Air" and
 * "Turkish Airlines" as whole names, "an investigation by The Velka" as an outlet, no party, and outlets known by how they
 * cite ("X cited officials", "X said, citing data") or what follows their quoted name ("the “X” magazine").
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

describe('outlets named by how they cite and how they are called', () => {
  it('reads "X cited senior officials", "X said, citing customs data" and a quoted name before "magazine" as outlets', () => {
    const out = extractText('Iran has supplied the Sudanese army with drones, Veltrona cited senior Western officials as saying.\n\n' +
      'The first batch of radios arrived in Minsk, the German “Tagblatt” magazine reported.\n\n' +
      'Kestrin Ltd shipped radios to Belarus, Quillmere said, citing customs data.');
    for (const n of ['Veltrona', 'Tagblatt', 'Quillmere']) expect(entity(out, n)?.kind).toBe('media');
  });

  it('reads "the news agency, X," and "the X state news agency" as outlets', () => {
    const out = extractText('According to the Laotian news agency, Orvanta, and Mongolian news agency, Kestrovia, Laos sold drones to Mongolia.');
    for (const n of ['Orvanta', 'Kestrovia']) expect(entity(out, n)?.kind).toBe('media');
    expect(entity(extractText('Laos sold drones to Mongolia, the minister said according to the Varnet state news agency.'), 'Varnet')?.kind).toBe('media');
    // (Not the subject after the comma that closes "According to the news agency,".)
    expect(entity(extractText('According to the state news agency, Orvanne sold drones to Vietnam.'), 'Orvanne')?.kind).not.toBe('media');
  });

  it('does not take a name that cites a reason, not a source, for an outlet', () => {
    const out = extractText('Kestrin shipped valves to Belarus in May. Kestrin cited supply problems for the delay.');
    expect(entity(out, 'Kestrin')?.kind).not.toBe('media');
  });
});

describe('entities: outlets named by a title word', () => {
  it('reads "news portal Laos Today" as one outlet, but not "Laos Today imposed ..."', () => {
    expect(entity(extractText('The cable was published on news portal Laos Today, it said.'), 'Laos Today')?.kind).toBe('media');
    expect(entity(extractText('The story first ran in Orvanne Today, a weekly.'), 'Orvanne Today')?.kind).toBe('media');
    const verb = extractText('Vietnam Today imposed sanctions on Halvern Group.');
    expect(entity(verb, 'Vietnam Today')).toBeUndefined();
    expectRel(verb, 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('reads "The Laotian Insider", "the Laotian Times" as outlets, not the demonym and a word; not "the Laotian TV channel X"', () => {
    const out = extractText('Halvern Group sold drones, The Laotian Insider reported. According to the Laotian Daily Times, Brask Logistics bought them.');
    expect(entity(out, 'Laotian Insider')?.kind).toBe('media');
    expect(entity(out, 'Laotian Daily Times')?.kind).toBe('media');
    const tv = extractText('According to the Laotian TV channel Orvanne News, Halvern Group sold drones.');
    expect(entity(tv, 'Laotian TV')).toBeUndefined();
    expect(entity(tv, 'Orvanne News')?.kind).toBe('media');
  });

  it('reads "Radio Free Laos" as a station, and the source of "investigative reports from Hidden Stories" as an outlet', () => {
    expect(entity(extractText('According to Radio Free Laos, the fleet shrank.'), 'Radio Free Laos')?.kind).toBe('media');
    // ("Radio" before a firm's word is a firm's name.)
    expect(entity(extractText('Halvern Group bought Radio Orvanne Electronics in May.'), 'Radio Orvanne Electronics')?.kind).toBe('company');
    expect(entity(extractText('In May, investigative reports from Hidden Stories (HStories) suggested that Laos supplied parts.'), 'Hidden Stories')?.kind).toBe('media');
    // (A person's name is a reporter's.)
    expect(entity(extractText('A report from Martin Varno suggests that Laos supplied parts.'), 'Martin Varno')?.kind).not.toBe('media');
    // (Not a bare "Reports from K", where K is more often a place, nor "reporting from K".)
    for (const text of ['Reports from Orvanne suggest that Laos supplied parts.', 'Tarsen Vey, reporting from Orvanne, said Laos supplied parts.']) {
      expect(entity(extractText(text), 'Orvanne')?.kind, text).not.toBe('media');
    }
  });
});
