/**
 * How reports of designations word who listed whom: two bodies before one hyphenated participle ("the UN- and
 * EU-listed A"), what a party is designated as before its agent, counted groups named in apposition (after
 * "a pair of" firms, or after a second counted conjunct) and the reason the gerund after them gives, a description
 * set off after a name that puts it on a body's list, a ban's gerund (no one's supply) and the subject of a clause a
 * subordinator opens. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('designation reports', () => {
  it('gives both bodies of "the UN- and EU-listed A", in a description too', () => {
    const out = extractText('Martin Varno met staff of the U.N.- and EU-designated Halvern Group, the ministry said.');
    expectRel(out, 'SANCTIONED', 'U.N.', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'European Union', 'Halvern Group');
    const described = extractText('The buyer was Brask Bank, a UN- and EU-designated lender that moved the money.');
    expectRel(described, 'SANCTIONED', 'UN', 'Brask Bank');
    expectRel(described, 'SANCTIONED', 'European Union', 'Brask Bank');
    // (Two names joined before another word are no bodies of the participle: "Laos- and Vietnam-based" places them.)
    const placed = extractText('Martin Varno worked with the Laos- and Vietnam-based Halvern Group, the ministry said.');
    expect(placed.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    // (Nor is a listing of shares on places' exchanges a sanctions list; a body's listing is one.)
    expectRel(extractText('The EU-listed Halvern Group sold fuel to Laos.'), 'SANCTIONED', 'EU', 'Halvern Group');
    for (const text of ['Halvern Group, a Vietnam- and Thailand-listed conglomerate, sold fuel to Laos.', 'Shares of the Vietnam-listed Tessaly Optics fell 5 percent.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    }
  });

  it('reads the agent after what a party is designated as', () => {
    const aside = extractText('Orvel Trading, designated as a terrorist group by Vietnam and the European Union, raided the port.');
    expectRel(aside, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
    expectRel(aside, 'SANCTIONED', 'European Union', 'Orvel Trading');
    const passive = extractText('Orvel Trading was designated as a terrorist group by Vietnam in 2020.');
    expectRel(passive, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
    // (A verb joined after the agent, with an object of its own, is the subject's doing, not the agent's.)
    const joined = extractText('Orvel Trading was designated as a terrorist group by Thailand and shipped rockets to Laos.');
    expectRel(joined, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    expectNoRel(joined, 'SHIPPED_TO', 'Thailand', 'Laos');
    expectRel(extractText('The drones were bought by Halvern Group and shipped to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (Not a phrase that names a party: "listed as the agent of B by C" is another reading.)
    const agent = extractText('Orvel Trading was listed as an agent of Halvern Group by the Laotian registry in 2020.');
    expectNoRel(agent, 'SANCTIONED', 'Halvern Group', 'Orvel Trading');
  });

  it('takes the names in apposition to a counted object as the subject of the reason after them', () => {
    const out = extractText('OFAC sanctioned two companies, Brask Logistics and Tessaly Optics, for selling petroleum products to Laos.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Laos');
  });

  it('names the last counted conjunct\'s members: "three individuals and two firms, A and B"', () => {
    const out = extractText('OFAC also targeted three Laotian individuals and two Vietnam-based companies, Brask Logistics Ltd. and Tessaly Optics Ltd., for selling fuel to Laos.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Logistics Ltd.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Tessaly Optics Ltd.');
    // (A count that does not match the names gives none.)
    const mismatch = extractText('OFAC also targeted two Laotian individuals and three companies, Brask Logistics Ltd. and Tessaly Optics Ltd.');
    expect(mismatch.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('names the firms of "a pair of shipping firms, A and B", but not of a pair of anything else', () => {
    const out = extractText("Vietnam's newest measures target a pair of shipping firms, Brask Logistics and Vestrik Shipping.");
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Vestrik Shipping');
    const boats = extractText("Vietnam's newest measures target a pair of boats, Brask Logistics and Vestrik Shipping.");
    expect(boats.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('puts a name on the list its set-off description is on', () => {
    const out = extractText('Orvel Trading, a Thai company on the Laotian sanctions list, faces questions from Thai officials.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Orvel Trading');
    // (A list of no measure sanctions no one; nor does a description that is no firm's.)
    const exporters = extractText("Orvel Trading, a Thai company on Vietnam's list of exporters, faces questions from Thai officials.");
    expect(exporters.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expect(extractText("Orvel Trading is on Vietnam's list of exporters.").relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText("Orvel Trading is on Vietnam's list of sanctioned entities."), 'SANCTIONED', 'Vietnam', 'Orvel Trading');
    // (The measure may be named after the list's noun, up to the end of the clause.)
    expectRel(extractText('Orvel Trading is on the Laotian list of people and firms subject to asset freezes.'), 'SANCTIONED', 'Laos', 'Orvel Trading');
    expectRel(extractText('Orvel Trading is on the Thai list of state sponsors of terrorism.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('reads no supply in a ban on exporting goods', () => {
    const out = extractText("Laotian authorities have launched proceedings, citing the EU's rules, which include a ban on exporting jet parts to Vietnam.");
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // (A ban the subject broke says it did: "violated a ban on exporting G to B".)
    expectRel(extractText('Halvern Group violated a ban on exporting arms to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('gives the measure to the subject of the clause after "after", not to the main clause\'s', () => {
    for (const text of [
      'Vietnam held the tanker after the UN Security Council imposed further sanctions on Laos.',
      'Vietnam held the tanker after the UN Security Council on Nov. 3 imposed further sanctions on Laos that let states inspect cargo.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'UN Security Council', 'Laos');
      expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Laos');
    }
    // (A name in the clause after "after" is its subject in the older reader too: the shipper of what it ships.)
    const shipped = extractText('Labels go on the motors in Laos after Halvern Group sends them in kits to Vietnam.');
    expectRel(shipped, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});
