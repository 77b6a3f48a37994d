/**
 * One-word firm names the words around them vouch for: a country's possessive ("Vietnam's Halvern"), a business's
 * title after the name ("Halvern CEO Oleg Brask"), and "The Laotian companies are X". Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

describe('entities: one-word firms named through what owns them or who runs them', () => {
  it('reads a word a country\'s possessive owns as a firm of that country', () => {
    const out = extractText('The missiles reach their targets thanks to chips from Laos’s Halvern or Vietnam’s Tessaly.');
    expect(entity(out, 'Halvern')?.kind).toBe('company');
    expect(entity(out, 'Tessaly')?.kind).toBe('company');
  });

  it('extends the cue to the names of a list the possessive opens', () => {
    const out = extractText('Most parts are Laotian, but Vietnam’s Halvern, Tessaly and Orvanne made several of the parts recovered.');
    for (const name of ['Halvern', 'Tessaly', 'Orvanne']) expect(entity(out, name)?.kind).toBe('company');
  });

  it('takes no firm from a possessed word that modifies a noun, nor from a family name the text gives in full', () => {
    expect(entity(extractText('The plant sits in Laos’s Halvern region, near the border.'), 'Halvern')?.kind).not.toBe('company');
    const out = extractText('Foreign Minister Oleg Brask met the envoy on Monday. Vietnam’s Brask then flew home.');
    expect(entity(out, 'Oleg Brask')?.kind).toBe('person');
    expect(out.entities.filter((e) => e.kind === 'company')).toEqual([]);
  });

  it('reads one word before a business\'s title and a personal name as the business', () => {
    const out = extractText('Halvern CEO Oleg Brask said at a meeting with the minister that output would double.');
    expect(entity(out, 'Halvern')?.kind).toBe('company');
    expect(entity(out, 'Oleg Brask')?.kind).toBe('person');
  });

  it('reads "The Laotian companies are X, Y and Z" (a demonym before the plural noun)', () => {
    const out = extractText('The Laotian companies are Halvern Modular System, Tessaly and Orvanne.');
    for (const name of ['Halvern Modular System', 'Tessaly', 'Orvanne']) expect(entity(out, name)?.kind).toBe('company');
  });
});

describe('entities: an outlet named by its own shape holds for its list', () => {
  it('reads "the Vientiane Daily, Halvern, Tessaly and Orvanne" as outlets', () => {
    const out = extractText('Sanctions were imposed on the outlets the Vientiane Daily, Halvern, Tessaly and Orvanne by Laos.');
    for (const name of ['Halvern', 'Tessaly', 'Orvanne']) expect(entity(out, name)?.kind).toBe('media');
  });
});

describe('entities: a newsroom named by its kind of work', () => {
  it('reads "A Halvern investigation has uncovered ..." as an outlet', () => {
    expect(entity(extractText('A Halvern investigation has uncovered how a plant acquired Laotian equipment.'), 'Halvern')?.kind).toBe('media');
  });

  it('takes no English word for one: "The Latest podcast"', () => {
    expect(entity(extractText('The Latest podcast covers the trade in drones.'), 'Latest')).toBeUndefined();
  });
});

describe('entities: bodies named with "Research", "Team" or "Panel"', () => {
  it('reads "Halvern Armament Research said" and "the Tessaly Monitoring Team said" as organisations, not people', () => {
    expect(entity(extractText('Halvern Armament Research said the drones carried Laotian parts.'), 'Halvern Armament Research')?.kind).toBe('organization');
    expect(entity(extractText('The Tessaly Sanctions Monitoring Team said in a report that arms moved.'), 'Tessaly Sanctions Monitoring Team')?.kind).toBe('organization');
  });

  it('takes the head alone for no body: "One Research by the outlet revealed"', () => {
    expect(entity(extractText('One Research by the Vientiane Daily revealed that Laos buys chips.'), 'Research')).toBeUndefined();
  });
});

describe('entities: ministries and security services known by their acronyms alone', () => {
  it('reads "The FBI alleges that ..." and "for the FSB" as government bodies', () => {
    expect(entity(extractText('The FBI alleges that Oleg Brask was part of a procurement network.'), 'FBI')?.kind).toBe('government');
    expect(entity(extractText('Halvern Group builds radios for the FSB and two ministries.'), 'FSB')?.kind).toBe('government');
  });

  it('reads "DOJ indicted ...", "HUR said ..." and "NSDC imposed ..." as government bodies', () => {
    const doj = entity(extractText('DOJ indicted Martin Varno in May.'), 'DOJ');
    expect(doj?.kind).toBe('government');
    expect(doj?.aliases).toContain('Justice Department');
    expect(entity(extractText('HUR said Halvern Group supplied drones to Vietnam.'), 'HUR')?.kind).toBe('government');
    expect(entity(extractText('NSDC imposed sanctions on Halvern Group.'), 'NSDC')?.kind).toBe('government');
    expect(entity(extractText('HSI agents arrested Martin Varno in Laos.'), 'HSI')?.kind).toBe('government');
  });
});

describe('entities: outlets by their apposition and by what they reported', () => {
  it('reads "X, a Laotian newspaper," and "X, an international broadcaster and news outlet in Laos" as outlets', () => {
    expect(entity(extractText('Tessaly, a Laotian newspaper, reported the deal in May.'), 'Tessaly')?.kind).toBe('media');
    expect(entity(extractText('Source: a ministry statement; Halvern, an international broadcaster and news outlet in Laos.'), 'Halvern')?.kind).toBe('media');
  });

  it('reads "X previously reported" and a common noun opening "River News previously reported"', () => {
    expect(entity(extractText('Halvern previously reported two further cargoes from Laos.'), 'Halvern')?.kind).toBe('media');
    expect(entity(extractText('River News previously reported two further cargoes from Laos to Vietnam.'), 'River News')?.kind).toBe('media');
  });

  it('takes no verb of reporting from the next line: a byline "Tessaly" before "Published"', () => {
    expect(entity(extractText('Laotian court jails trader\n\nTessaly\nPublished\nA Laotian court convicted a trader on Tuesday of exporting chips to Vietnam.'), 'Tessaly')).toBeUndefined();
  });
});

describe('entities: one-word firms placed by a demonym, a "-based", an "of" or an employer', () => {
  it('reads "the Laos-based Halvern and Vietnamese Tessaly" and "Orvanne of Vietnam" as firms', () => {
    const out = extractText('Chips came from the Laos-based Halvern and Vietnamese Tessaly. It is followed by Orvanne of Vietnam.');
    for (const name of ['Halvern', 'Tessaly', 'Orvanne']) expect(entity(out, name)?.kind).toBe('company');
  });

  it('reads "the Halvern group of companies" and "the research director at Tessalix" as firms', () => {
    expect(entity(extractText('The Laotian subsidiaries of the Halvern group of companies were sanctioned.'), 'Halvern')?.kind).toBe('company');
    expect(entity(extractText('Oleg Brask, the research director at Tessalix, said the firm may be involved.'), 'Tessalix')?.kind).toBe('company');
  });

  it('takes no firm from an acronym after a demonym, "the X of <country>", a family name or a list before a noun', () => {
    expect(entity(extractText('A notice on the website of the Laotian MFA said the envoy was summoned.'), 'MFA')?.kind).not.toBe('company');
    expect(entity(extractText('At the same time, the Halvern of Laos adopted a decision on fines.'), 'Halvern')?.kind).not.toBe('company');
    expect(entity(extractText('The court charged Oleg Tessaly Brask on Monday. Laos-based Brask is charged with conspiracy.'), 'Brask')).toBeUndefined();
    const listed = extractText('Its owner appears in the Laotian Halvern or Tessaly database, the report said.');
    expect(entity(listed, 'Halvern')?.kind).not.toBe('company');
  });
});

describe('entities: a sanctions notice\'s "entity" in an apposition', () => {
  it('reads "Halvern, Vietnam\'s main arms export entity," as a firm', () => {
    const out = extractText('Laos acted over a large deal with Halvern, Vietnam’s main arms export entity, for a missile system.');
    expect(entity(out, 'Halvern')?.kind).toBe('company');
  });
});

describe('entities: an airline "national" describes, and a firm an owner holds', () => {
  it('reads "Tessaly, Laos\'s national airline," as a firm, and "a Laotian national" still as a person', () => {
    const out = extractText('Halvern Bank was designated for providing material support to Tessaly, Laos’s national airline, and for other acts.');
    expect(entity(out, 'Tessaly')?.kind).toBe('company');
    expect(entity(extractText('Officials charged Martin Varno, a Laotian national, with fraud.'), 'Martin Varno')?.kind).toBe('person');
  });

  it('reads "X, owned by A," as a firm, and the owner as its owner', () => {
    const out = extractText('Officials spoke on Monday. Kestrovair, owned by Irina Olskaya, is acquiring parts from the Laotian airline Tessaly Turizm.');
    expect(entity(out, 'Kestrovair')?.kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Turizm', 'Kestrovair');
    expectRel(out, 'SUBSIDIARY_OF', 'Kestrovair', 'Irina Olskaya');
  });
});

describe('entities: a compass word or an ordinal that opens a name', () => {
  it('keeps "Near" in "Near Eastern Halvern Bank" at a paragraph\'s start, and "Only" out of a name', () => {
    const out = extractText('Officials spoke.\n\nNear Eastern Halvern Bank and Brask Bank were designated by the Treasury.\n\nOnly Western Union Bank stayed.');
    expect(entity(out, 'Near Eastern Halvern Bank')?.kind).toBe('company');
    expect(entity(out, 'Western Union Bank')?.kind).toBe('company');
    expect(entity(out, 'Only Western Union Bank')).toBeUndefined();
    expect(extractText('Officials spoke.\n\nFar Eastern officials met Halvern Group.').entities.map((e) => e.name)).toEqual(['Halvern Group']);
  });

  it('keeps the ordinal of "the Second Academy of Rail Sciences"', () => {
    const out = extractText('Martin Varno worked with the Second Academy of Rail Sciences.');
    expect(entity(out, 'Second Academy of Rail Sciences')?.kind).toBe('organization');
    expect(entity(out, 'Academy of Rail Sciences')).toBeUndefined();
  });
});

describe('entities: a name joined to a participle in one word is a modifier', () => {
  it('keeps "UN-designated", "UN-backed" and the like out of the names they modify', () => {
    for (const p of ['designated', 'sanctioned', 'listed', 'blacklisted', 'backed', 'controlled', 'funded', 'linked', 'owned']) {
      const out = extractText(`Tessaly Navix is a subsidiary of the UN-${p} Orvanne Industrial Group.`);
      expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Navix', 'Orvanne Industrial Group');
    }
  });
});
