/**
 * Arms-deal reports: a sale a named seller "will" make (a deal announced; "would", "could", a condition or a negation
 * still hedge), a recipient a description goes on to name ("the regime's rocket maker, known as B"), a call for
 * sanctions (no sanction), a maker's name before a model designation glued to a number ("Halvern GBP128"), and the
 * party a buyer signs a contract with for goods ("A signed a contract with B for 30 jets": B supplies A).
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const rels = (text: string, type: string) => extractText(text).relations.filter((r) => r.type === type);

describe('arms deals announced', () => {
  it('reads a sale a named seller will make as a flow', () => {
    expect(expectRel(extractText('Vietnam will sell 48 military drones to Laos, official media reported.'), 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:supply/active');
    expectRel(extractText('Halvern Group will supply radios to Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    // (A purchase a named buyer will make alike.)
    expectRel(extractText('Vietnam will buy 12 drones from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(extractText('Laos will receive drones from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('keeps "would", "could", "will not" and a sale on a condition hedged', () => {
    expect(rels('Vietnam would sell drones to Laos.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Vietnam could sell drones to Laos.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Vietnam will not sell drones to Laos.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Vietnam will sell 48 drones to Laos if the deal is approved.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('If asked, Vietnam will sell drones to Laos.', 'SHIPPED_TO')).toEqual([]);
    // (Only the sentence's own subject, after a dateline at most, with "will" right before the verb, selling goods, on
    // no condition: not a fear, a proposal, a likelihood, a permission, a business sold, a time to come.)
    expectRel(extractText('VIENTIANE - Laos will sell 48 drones to Vietnam, state media reported.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    for (const hedge of ['Critics fear Halvern Group will sell drones to Laos.', 'Under the proposal, Halvern Group will supply radars to Vietnam.',
      'Halvern Group will probably supply radars to Vietnam.', 'Halvern Group will be allowed to sell drones to Laos under the deal.',
      'Halvern Group will sell its Laos unit to Orvel Trading for $40 million.', 'Halvern Group will sell drones to Laos when the embargo ends.',
      'Halvern Group will receive a $20 million loan from Thailand to expand its port.', 'Halvern Group will buy drones from Brask Logistics pending regulatory approval.',
      'Halvern Group will receive a response from Brask Logistics by Friday.', 'Halvern Group will acquire the drone patents from Tessaly Optics.']) {
      expect(rels(hedge, 'SHIPPED_TO'), hedge).toEqual([]);
    }
    // (Only "will": a future a sayer reports with "would" stays a hedge.)
    expect(rels('Officials said Vietnam would later sell drones to Laos.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads the name a recipient described goes on to give ("known as", "called")', () => {
    const out = extractText("Halvern Group exported machine-tool parts to the regime's rocket maker, known as Kestrova Works.");
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Kestrova Works').rule).toBe('frame:supply/active');
    expectRel(extractText('Halvern Group exported material to a state plant, called Kestrova Works.'), 'SHIPPED_TO', 'Halvern Group', 'Kestrova Works');
    expectRel(extractText("Halvern Group exported material to Laos's arms producer, known as Kestrova Works."), 'SHIPPED_TO', 'Halvern Group', 'Kestrova Works');
    // (A name's other name is no second recipient.)
    const aliased = extractText("Halvern Group resold 140 drones to Laos's Border Guard Command, known as Kestrova Command, last year.");
    expectRel(aliased, 'SHIPPED_TO', 'Halvern Group', 'Border Guard Command');
    expect(aliased.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(1);
  });

  it('reads no sanction where a group calls for or urges sanctions', () => {
    expect(rels('The rights group Laos Watch this week called for sanctions against the state-owned defense corporation Halvern Group.', 'SANCTIONED')).toEqual([]);
    expect(rels('Rights watchdog Justice For Laos (JFL) last week called for sanctions against the Thai state-owned defense corporation Halvern Group for arming the regime.', 'SANCTIONED')).toEqual([]);
    expect(rels('The Laotian Foreign Ministry on Friday urged sanctions on Halvern Group.', 'SANCTIONED')).toEqual([]);
    // (Nor demanding, backing or welcoming them.)
    for (const verb of ['demanded', 'backed', 'welcomed', 'pushed for']) {
      expect(rels(`The Laotian Foreign Ministry ${verb} sanctions on Halvern Group.`, 'SANCTIONED'), verb).toEqual([]);
    }
    // (Unless the sentence goes on to impose them.)
    expectRel(extractText('Thailand backed new sanctions on Brask Logistics and imposed them on Tuesday.'), 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectRel(extractText('The Laotian Foreign Ministry on Friday announced sanctions on Halvern Group.'), 'SANCTIONED', 'Laotian Foreign Ministry', 'Halvern Group');
  });

  it('ends a maker\'s name before a model designation glued to a number', () => {
    const out = extractText('Halvern Group makes charges. The group said Halvern Group GBP128 line charges were in the crates.');
    expect(out.entities.map((e) => e.name)).toContain('Halvern Group');
    expect(out.entities.map((e) => e.name).filter((n) => /GBP/.test(n))).toEqual([]);
  });

  it('reads the party a buyer signs a contract with for goods, their supply or their purchase as the supplier', () => {
    expect(expectRel(extractText('Laos signed a contract with Halvern Group for 30 fighter jets.'), 'SHIPPED_TO', 'Halvern Group', 'Laos').rule).toBe('frame:supply/contract-with');
    expectRel(extractText('Brask Logistics signed a contract with Halvern Group for the supply of radio equipment.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Laos concluded a deal with Halvern Group for the purchase of 12 helicopters.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Laos signed a contract with Halvern Group to buy 30 fighter jets.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no supply from an agreement for no goods, for goods bound elsewhere, or one not signed', () => {
    expect(rels('Laos signed an agreement with Vietnam for cooperation in education.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Laos signed a contract with Halvern Group for the supply of radios to Vietnam.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Laos may sign a contract with Halvern Group for 30 fighter jets.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Laos did not sign a contract with Halvern Group for 30 fighter jets.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Laos discussed a contract with Halvern Group for 30 fighter jets.', 'SHIPPED_TO')).toEqual([]);
    expect(rels('Laos signed a memorandum with Halvern Group for 30 fighter jets.', 'SHIPPED_TO')).toEqual([]);
  });
});
