/**
 * Names as designation notices write them, shown with sentences written for the test (invented names): a state
 * authority "for" its field, a works' number after its legal form, a works "named after" a person, a Slavic
 * patronymic among firms, a weekday's short form as a word of a name, and a post ("Chief of the General Staff") that
 * names no one.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../server/extract/clean.js';
import { findMentions } from '../../server/extract/mentions.js';
import { analyse } from '../../server/extract/sentences.js';
import { entity, expectNoRel, expectRel, extractText } from './helpers.js';

describe('entities: names of plants, posts and people in designation notices', () => {
  it('keeps "for" inside an authority\'s name: "the State Authority for Defence Industry of Laos"', () => {
    const out = extractText('Vietnam sanctioned the State Authority for Defence Industry of Laos.');
    expect(entity(out, 'State Authority for Defence Industry of Laos')?.kind).toBe('government');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'State Authority for Defence Industry of Laos');
    expect(entity(out, 'State Authority')).toBeUndefined();
  });

  it('keeps a works\' number after its legal form: "JSC 512 Optical Repair Plant"', () => {
    const out = extractText('The Laotian government sanctioned JSC 512 Optical Repair Plant and the Halvern Group.');
    expectRel(out, 'SANCTIONED', 'Laotian government', 'JSC 512 Optical Repair Plant');
    expectRel(out, 'SANCTIONED', 'Laotian government', 'Halvern Group');
    expect(entity(out, 'JSC')).toBeUndefined();
  });

  it('keeps the person a works is "named after" in its name, and reads the list on past it', () => {
    const out = extractText('Thailand sanctioned the Vientiane Optical Plant named after P.K. Somsak and Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Vientiane Optical Plant named after P.K. Somsak');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading');
    expect(entity(out, 'P.K. Somsak')).toBeUndefined();
    // (Not a firm named after its owner in other words: "a plant named after its founder" keeps the plant alone.)
    expect(entity(extractText('Thailand sanctioned the Vientiane Optical Plant, named after its founder.'), 'Vientiane Optical Plant')).toBeDefined();
    // (Nor a firm that names something after a person: "which Halvern Group named after Tomas Varno".)
    // (Nor a firm's words: "a Factory named after Halvern Group founder B".)
    const founder = extractText('Brask Logistics shipped parts to a new Factory named after Halvern Group founder Martin Varno.');
    expectRel(founder, 'SHIPPED_TO', 'Brask Logistics', 'Factory');
    expect(entity(founder, 'Factory named after Halvern Group')).toBeUndefined();
    const named = extractText('Thailand sanctioned Brask Logistics, which Halvern Group named after Tomas Varno.');
    expect(entity(named, 'Halvern Group')).toBeDefined();
    expect(entity(named, 'Tomas Varno')?.kind).toBe('person');
  });

  it('reads a name with a Slavic patronymic as a person even among firms', () => {
    const out = extractText('Vietnam took action against Halvern Plant, Aliaksei Ivanavich Olskau, Brask Logistics and Orvel Trading.');
    expect(entity(out, 'Aliaksei Ivanavich Olskau')?.kind).toBe('person');
    expect(entity(out, 'Brask Logistics')?.kind).toBe('company');
  });

  it('reads a weekday\'s short form after a capitalised word as a word of the name, and still as a day before a date', () => {
    const out = extractText('On May 4, Thailand sanctioned Colonel Vestrik Thu and Brask Logistics.');
    expect(entity(out, 'Vestrik Thu')?.kind).toBe('person');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Vestrik Thu');
    expect(entity(out, 'Colonel Vestrik')).toBeUndefined();
    const dated = extractText('Thailand sanctioned Brask Logistics on Thu 4 May.');
    expect(dated.entities.map((e) => e.name)).toEqual(['Thailand', 'Brask Logistics']);
    // (Not after a firm's own last word: "sanctioned Brask Logistics Wed" dates the act.)
    expect(entity(extractText('Vietnam sanctioned Irina Olskaya Fri for supplying drones to Laos.'), 'Irina Olskaya')?.kind).toBe('person');
    const wire = extractText('Thailand sanctioned Brask Logistics Wed, saying it shipped lenses to Laos.');
    expect(entity(wire, 'Brask Logistics Wed')).toBeUndefined();
    expectRel(wire, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    const stamped = extractText('Updated Thu 4 May 2023. Thailand sanctioned Brask Logistics.');
    expect(stamped.entities.map((e) => e.name)).toEqual(['Thailand', 'Brask Logistics']);
    expectRel(extractText('Vietnam sanctioned Halvern Group Thu May 4 over drone sales.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('reads "the Chief of the General Staff, B" as a post held by B, with or without the country before it', () => {
    const out = extractText('Vietnam sanctioned the Head of the General Staff, Tomas Varno.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Tomas Varno');
    expect(entity(out, 'Head of the General Staff')).toBeUndefined();
    const country = extractText('Vietnam sanctioned the Laos Chief of the General Staff, Lieutenant General Tomas Varno.');
    expectRel(country, 'SANCTIONED', 'Vietnam', 'Tomas Varno');
    expect(entity(country, 'Chief of the General Staff')).toBeUndefined();
    expectNoRel(country, 'SANCTIONED', 'Vietnam', 'Laos');
    // (A body the country names stays a body: "the Laos Defence Ministry".)
    expectRel(extractText('Vietnam sanctioned the Laos Defence Ministry.'), 'SANCTIONED', 'Vietnam', 'Laos Defence Ministry');
  });

  it('reads "PT <name>" as a firm, as other legal forms written before the name', () => {
    const out = extractText('The firms named in the complaint are PT Halvern, PT ORV and PT Tessaly Indo.');
    for (const firm of ['PT Halvern', 'PT ORV', 'PT Tessaly Indo']) expect(entity(out, firm)?.kind).toBe('company');
  });

  it('reads "Justice for Laos", a campaign named for a country, as an organisation, opening a sentence too', () => {
    expect(entity(extractText('The watchdog Justice for Laos said Halvern Group shipped drones to Vietnam.'), 'Justice for Laos')?.kind).toBe('organization');
    expect(entity(extractText('Justice For Laos welcomed the new sanctions.'), 'Justice For Laos')?.kind).toBe('organization');
    // (Not a cause the sentence asks for: "sought justice for Laos".)
    expect(entity(extractText('Halvern Group sought justice for Laos.'), 'justice for Laos')).toBeUndefined();
  });

  it('keeps a page\'s label word inside a body\'s name after its "for": "the Centre for Analysis of Regional Arms Sales"', () => {
    const out = extractText('According to the Centre for Analysis of Regional Arms Sales, Laos bought tanks.');
    expect(entity(out, 'Centre for Analysis of Regional Arms Sales')?.kind).toBe('organization');
    expect(entity(out, 'Regional Arms Sales')).toBeUndefined();
    // (Only after "for" or "of": a page's label opening a line is no name.)
    expect(findMentions(analyse(cleanArticle('Analysis: Laos bought tanks from Thailand.'))).map((m) => m.surface)).not.toContain('Analysis');
  });

  it('keeps a working group\'s subject in its name and reads it as an organisation: "the Working Group on Laotian Sanctions"', () => {
    const out = extractText('A report by the International Working Group on Laotian Sanctions found the parts.');
    expect(entity(out, 'International Working Group on Laotian Sanctions')?.kind).toBe('organization');
  });

  it('keeps a post\'s field out of names: "Head of Analysis at A"', () => {
    const out = extractText('Martin Varno, Head of Analysis at Brask Logistics, was sanctioned by the European Union.');
    expectRel(out, 'SANCTIONED', 'European Union', 'Martin Varno');
    expect(entity(out, 'Head of Analysis')).toBeUndefined();
  });
});
