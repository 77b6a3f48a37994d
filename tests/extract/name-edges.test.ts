/**
 * Where a name starts and ends, shown with sentences written for the test (invented names): a nationality noun in
 * capitals opens a name ("the company National Orvel Card System"), a sentence's first word opens the name the article
 * writes in capitals mid-sentence too, a short number after a company word ends it ("Tarsin Group 22"), and "the X
 * company" is the firm X where the article names X after a company noun elsewhere, not a town.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

describe('entities: where a name starts and ends', () => {
  it('reads "National" in capitals as the start of a name, and "a Chinese national" still as a person\'s description', () => {
    const out = extractText('The Treasury also sanctioned the Belarusian company National Orvel Card System, which runs a payment network.');
    expect(entity(out, 'National Orvel Card System')?.kind).toBe('company');
    expect(entity(out, 'Orvel Card System')).toBeUndefined();
    expect(entity(extractText('Chinese national Li Wenqiang was charged on Monday.'), 'Li Wenqiang')?.kind).toBe('person');
  });

  it('opens a name with a sentence\'s first word when the article writes the same two words in capitals mid-sentence', () => {
    const out = extractText('A big seller of drones in Belarus is the Sky Velkor company. Sky Velkor in turn buys drones from the Kazakh firm Tarsin Arba.');
    expect(entity(out, 'Velkor')).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Tarsin Arba', 'Sky Velkor');
  });

  it('ends a name with a short number after a company word, not with a count or a year', () => {
    const out = extractText('Its vendor is Tarsin Group 22, which gets chips from Orvex GmbH.');
    expect(entity(out, 'Tarsin Group 22')?.kind).toBe('company');
    expect(entity(extractText('Orvex Group 2023 revenue rose, and Velkor Group 12 drones were seized.'), 'Orvex Group')).toBeDefined();
  });

  it('reads "the X company" as the firm X where the article names X after a company noun, or X is no town', () => {
    const out = extractText('Velkor Aero shipped engine parts to the Armenian company Tarsline. "We sold the Tarsline company the parts on condition," the director said.');
    expectRel(out, 'SHIPPED_TO', 'Velkor Aero', 'Tarsline');
    // (A word no town, region or English word is names the firm itself; a town's name says where the firm is.)
    expectRel(extractText('Velkor Aero sold engine parts to the Tarsline company last year.'), 'SHIPPED_TO', 'Velkor Aero', 'Tarsline');
    expect(entity(extractText('Velkor Aero sold engine parts to the Schaffhausen company last year.'), 'Schaffhausen')).toBeUndefined();
  });
  it('reads every quoted name a legal form serves ("LLC “A” and “B”"), and "the X company" with X in capitals as a firm', () => {
    const out = extractText('The lathes reach the importers LLC “TARVEL” and “ORMIK” based in Minsk.');
    expect(entity(out, 'TARVEL')?.kind).toBe('company');
    expect(entity(out, 'ORMIK')?.kind).toBe('company');
    expectRel(extractText('Later the ORMIK company imported lathes from Velkor Tools.'), 'SHIPPED_TO', 'Velkor Tools', 'ORMIK');
  });
  it('reads "a P trading company" as a firm in the town P, not a firm named P', () => {
    const out = extractText('Prosecutors say a Tarsk trading company secretly supplied drones to Belarus.');
    expect(entity(out, 'Tarsk')?.kind ?? null).not.toBe('company');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === entity(out, 'Tarsk')?.id)).toEqual([]);
  });
  it('keeps "and" inside a facility\'s name: "the Orvel Advanced Weapons and Research Complex"', () => {
    const out = extractText('The Orvel Advanced Weapons and Research Complex was sanctioned on Thursday.');
    expect(entity(out, 'Orvel Advanced Weapons and Research Complex')).toBeDefined();
    expect(entity(out, 'Research Complex')).toBeUndefined();
  });

  it('keeps a lower-case word of the firm\'s own language before its legal form: "Kesto handel GmbH", "Orvan markt LLC"', () => {
    const out = extractText('The ambassador named two other firms, Orvan markt LLC and Kesto handel GmbH, that shipped goods to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Orvan markt LLC', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Kesto handel GmbH', 'Belarus');
    // (An English word is no part of the name: "Tessaly owned LLC shares" names no "Tessaly owned LLC".)
    expect(extractText('Halvern Group said Tessaly owned LLC shares in Belarus.').entities.map((e) => e.name)).not.toContain('Tessaly owned LLC');
  });

  it('opens a unit\'s or a firm\'s name with an ordinal before it, but not with a day: "the 312th Orvan Detachment"', () => {
    const out = extractText('The Treasury sanctioned the 312th Orvan Detachment and the 12th Kestrova Brigade.');
    expectRel(out, 'SANCTIONED', 'Treasury', '312th Orvan Detachment');
    expectRel(out, 'SANCTIONED', 'Treasury', '12th Kestrova Brigade');
    expect(extractText('On the 3rd Halvern Group shipped chips to Belarus.').entities.map((e) => e.name)).toContain('Halvern Group');
    expect(extractText('On May 3rd Halvern Group shipped chips to Belarus.').entities.map((e) => e.name)).toContain('Halvern Group');
  });

  it('leaves the role before a name in a court case out of the name: "Defendants A and B", "Defendant C"', () => {
    const out = extractText('Defendants Martin Varno and Irina Olskaya sold chips to Laos. Defendant Tarsen Vey Olskaya bought drones.');
    expect(entity(out, 'Martin Varno')?.kind).toBe('person');
    expect(out.entities.map((e) => e.name).filter((n) => /^Defendants? /.test(n))).toEqual([]);
  });

  it('opens no name with an English word before a place\'s initials and a word in lower case: "Fresh U.S. sanctions"', () => {
    const names = extractText("Fresh U.S. sanctions reveal Laos's ties with Vietnam.").entities.map((e) => e.name);
    expect(names).toContain('United States');
    expect(names.filter((n) => /Fresh/.test(n))).toEqual([]);
    // (A firm's own word before the initials stays its name's.)
    expect(extractText('Halvern UK shipped radios to Laos.').entities.map((e) => e.name)).toContain('Halvern UK');
    // (Nor a firm whose first word is an English one, before a verb: "Apex US sold chips".)
    expectRel(extractText('Summit UK sold engines to Laos.'), 'SHIPPED_TO', 'Summit UK', 'Laos');
  });
});
