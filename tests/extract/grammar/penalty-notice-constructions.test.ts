/**
 * Constructions of export-control penalty notices: the goods' examples set off between dashes before the recipient,
 * "printed circuit boards" (no participle), recipients on a list and then named ("to research bodies on the Entity
 * List, including A and B"), and the firm, not the agency, that "disclosed and admitted to shipping" what it was fined
 * for; an amount of penalties imposed ("imposed $2.5 million in civil penalties against A"), the shipments a notice gives
 * as examples of the violations ("for violations of export controls, including shipments of G to B"), and an American
 * legal form after a comma ("Halvern Automation, Inc."). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('penalty notices: goods, recipients and the party fined', () => {
  it('reads the recipient past examples of the goods set off between dashes', () => {
    const out = extractText('Halvern Group shipped parts -- including wires, printed circuit boards and pressure sensors -- to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics').rule).toBe('frame:supply/active');
  });

  it('reads "printed circuit boards" as goods, not as a verb with the destination', () => {
    const out = extractText('Halvern Group shipped wires, printed circuit boards and sensors to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics').rule).toBe('frame:supply/active');
  });

  it('reads the names a described recipient on a list goes on to give', () => {
    const out = extractText('Halvern Group shipped wires to defense institutes on the Entity List, including Tessaly Optics and Vestrik Systems.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik Systems');
    // (Past a counted item that names its firm before its noun, and the phrase on it, to the next name.)
    const counted = extractText('Halvern Group shipped wires to defense bodies on the Entity List, such as the Tessaly Optics Center, two Vestrik Group research institutes working on radar production, and the Kestrova Polytechnical University, the agency said.');
    for (const to of ['Tessaly Optics Center', 'Vestrik Group', 'Kestrova Polytechnical University']) expectRel(counted, 'SHIPPED_TO', 'Halvern Group', to);
    // (Only such an item: a time between commas ends the list.)
    expectNoRel(extractText('Halvern Group shipped wires to buyers, including Tessaly Optics, two weeks later, and Orvel Trading bought them.'), 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
    // (A counted item names a firm only when the list goes on after it: "..., two Halvern Group officials said".)
    expectNoRel(extractText('Brask Logistics shipped radar to buyers, including Orvel Trading, two Halvern Group officials said.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
    // (A country before the noun is no firm.)
    expectNoRel(extractText('Halvern Group shipped wires to defense bodies, including the Tessaly Optics Center, two Laotian Vestrik Group research institutes working on radar, and the Kestrova Polytechnical University.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // ("on the island, including": past a place alike.)
    expectRel(extractText('Halvern Group shipped wires to firms on the island, including Vestrik Systems.'), 'SHIPPED_TO', 'Halvern Group', 'Vestrik Systems');
    // (A list the sentence ends with no names on gives none.)
    expect(flows('Halvern Group shipped wires to defense institutes on the Entity List, including two institutes.')).toEqual([]);
  });

  it('gives what the fined firm admitted to shipping to the firm, not to the agency that fined it', () => {
    const out = extractText('The Commerce Department fined Halvern Group after the firm reported and then admitted to secretly shipping chips to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Commerce Department', 'Vietnam');
  });

  it('keeps the firm the main clause names for "the company" of a clause after it', () => {
    const out = extractText('Halvern Group sold sensors to Brask Logistics after the company agreed to ship them to Orvel Trading.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
  });

  it('takes no place in the phrase of the firm fined for the supplier of a clause "the company" opens', () => {
    expect(flows('The agency fined a Laotian firm and its Hong Kong affiliate after the company shipped chips to Vietnam.')).toEqual([]);
    expect(flows('The agency fined a Laotian firm and its Hong Kong affiliate after the firm reported and then admitted to secretly shipping chips to Vietnam.')).toEqual([]);
  });

  it('reads an amount of penalties imposed against a firm as the measure, and an amount in a package as none', () => {
    const out = extractText('Today the Commerce Department imposed nearly $4.1 million in administrative penalties against Halvern Group.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Group').rule).toBe('frame:impose/active');
    // (Past words that bound or sum the amount.)
    for (const bound of ['more than', 'a combined', 'up to', 'a total of']) {
      expectRel(extractText(`The Commerce Department imposed ${bound} $40 million in penalties against Halvern Group.`), 'SANCTIONED', 'Commerce Department', 'Halvern Group');
    }
    // (A bound before a count of firms is no amount of measures: "up to 12 companies in Laos" names their place.)
    expect(extractText('Thailand sanctioned up to 12 companies in Vietnam and Laos.').relations).toEqual([]);
    // (Not a count with a head of its own before a time: "to produce over 6,000 drones in 2025".)
    const made = extractText('According to papers from Halvern Group, the firm has signed a deal with the Laotian Defence Ministry to produce over 6,000 Kestrel drones in 2025.');
    expectRel(made, 'SHIPPED_TO', 'Halvern Group', 'Laotian Defence Ministry');
    // (A name before "in" is the object, whatever follows: "listed A in its 15th package".)
    expect(expectRel(extractText('The European Union listed Halvern Group in its 15th package.'), 'SANCTIONED', 'European Union', 'Halvern Group').rule).toBe('frame:list-in/active');
  });

  it('gives the shipments a notice names as examples of the violations to the party it penalises', () => {
    const out = extractText('Laos imposed penalties on Halvern Group for violations of export controls, including unlicensed shipments of radios to Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/nominal');
    // (Not an attempt: "including attempted shipments".)
    expect(flows('Laos imposed penalties on Halvern Group for violations of export controls, including attempted shipments of radios to Vietnam.')).toEqual([]);
    // (Only examples of what the measure is for: "for its role, including ..." is no violation.)
    expect(flows('Laos imposed penalties on Halvern Group for its role, including shipments of radios to Vietnam.')).toEqual([]);
  });

  it('reads a currency code before an amount as no name', () => {
    const out = extractText('Halvern Group paid Orvel Trading GBP12m for sensors that went to Laos.');
    expect(out.entities.map((e) => e.name).filter((n) => /GBP/.test(n))).toEqual([]);
    expect(extractText('Halvern Group sold GBP128 chargers to Laos.').entities.map((e) => e.name)).not.toContain('GBP');
  });

  it('keeps an American legal form after a comma in the name', () => {
    const out = extractText('The agency imposed penalties against Halvern Automation, Inc. (Halvern) for its exports.');
    expect(out.entities.map((e) => e.name)).toContain('Halvern Automation, Inc.');
    expect(out.entities.map((e) => e.name)).not.toContain('Inc.');
    // (Not after a country's name.)
    expect(extractText('Halvern Group sold sensors to Vietnam, Inc. and Laos.').entities.map((e) => e.name)).not.toContain('Vietnam, Inc.');
  });

  it('reads a law whose name joins words with "and" as no party', () => {
    const out = extractText('The firm broke the Laotian Transactions and Sanctions Regulations (LTSR) by shipping switches to buyers in Laos.');
    expect(out.entities.map((e) => e.name)).not.toContain('Transactions');
    expect(out.relations).toEqual([]);
    // (Nor a verb "act" after two firms' names.)
    const names = extractText('Halvern Group and Orvel Trading act as fronts for Laos.').entities.map((e) => e.name);
    expect(names).toContain('Orvel Trading');
    // (A firm's name with "and" before a legal form stays a firm.)
    expect(extractText('Halvern Trading and Logistics Ltd shipped radios to Laos.').entities.map((e) => e.name)).toContain('Halvern Trading and Logistics Ltd');
  });
});
