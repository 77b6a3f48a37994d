/**
 * Goods that turn up somewhere: "components made by A were found in Russian missiles" says A's goods reached the
 * country (or the party) whose weapons they were found in; "chips from A ended up in B" that they reached B.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: goods found in a party\'s weapons', () => {
  it('reads "G made by A were found in Russian missiles" and "A\'s chips were discovered in B\'s drones"', () => {
    const made = extractText('Components made by Tessaly Microchips were found in Russian cruise missiles.');
    expect(expectRel(made, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia').rule).toBe('frame:found-in/passive');
    expectRel(extractText('Orvanne Semiconductor\'s processors have been discovered in Iranian drones.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Iran');
    expectRel(extractText('Chips made by Tessaly Microchips were found in Halvern Dynamics\' attack drones.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Halvern Dynamics');
  });

  it('takes the makers a phrase refers back to: "Parts built by these two makers were found in ..."', () => {
    const out = extractText('The imports included chips from the US makers Tessaly Microchips and Orvanne Semiconductor. ' +
      'Parts built by these two makers were found in Russian attack drones.');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Russia');
  });

  it('draws nothing from a place, from wreckage, from what is no weapon, or from a denial', () => {
    expectNoRel(extractText('Parts made by Tessaly Microchips were found in Russian propaganda videos.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
    expectNoRel(extractText('Parts made by Tessaly Microchips were found in Ukraine after the attack.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Ukraine');
    const wreck = extractText('Parts made by Tessaly Microchips were found in the wreckage of Russian drones near Kharkiv.');
    expect(wreck.relations.filter((r) => r.type === 'SHIPPED_TO' && r.evidence[0].rule === 'frame:found-in/passive')).toEqual([]);
    expectNoRel(extractText('Tessaly Microchips\' chips were not found in Russian drones.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
  });
});

describe('grammar: weapons that hold a maker\'s goods', () => {
  it('reads "Russian drones contained chips made by A", "B\'s missiles carry A\'s chips" and "Laotian parts"', () => {
    const out = extractText('Russian attack drones contained chips made by Tessaly Microchips.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia').rule).toBe('frame:weapon-holds/active');
    expectRel(extractText('The Russian missiles carried processors from Orvanne Semiconductor.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Russia');
    expectRel(extractText('Halvern Dynamics\' drones contain Orvanne Semiconductor\'s cameras.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Dynamics');
    expectRel(extractText('Russian drones contained chips made in Laos.'), 'SHIPPED_TO', 'Laos', 'Russia');
  });

  it('reads "use" after a plural as a verb, though a tagger may read "drones use chips" as nouns', () => {
    const out = extractText('Russian missiles use chips from Tessaly Microchips.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia').rule).toBe('frame:use/active');
    expectRel(extractText('Russian drones use navigation modules made by Orvanne Semiconductor.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Russia');
    // (After any plural: "B's factories use chips from A".)
    expectRel(extractText('Halvern Group\'s factories use chips from Tessaly Microchips.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Halvern Group');
  });

  it('needs weapons holding goods: not "Russian shipments contained G", "helicopters carried G to K", nor "the contracts contain A\'s terms"', () => {
    const holds = (text: string) => extractText(text).relations.filter((r) => r.evidence[0].rule === 'frame:weapon-holds/active');
    expect(holds('The Russian shipments contained chips made by Tessaly Microchips.')).toEqual([]);
    expect(holds('Russian helicopters carried parts made by Tessaly Microchips to Mongolia.')).toEqual([]);
    expect(holds('Russian helicopters carried Tessaly Microchips\' parts to Mongolia.')).toEqual([]);
    expectNoRel(extractText('The Russian contracts contain terms from Tessaly Microchips.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
    expectNoRel(extractText('Russian drones did not contain chips made by Tessaly Microchips.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
  });

  it('reads the finder\'s own clause, "on", and "recovered from": "Investigators found chips made by A in Russian drones"', () => {
    const out = extractText('Investigators discovered chips made by Tessaly Microchips in Russian drones.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia').rule).toBe('frame:found-in/active');
    expectRel(extractText('Bearings made by Orvanne Semiconductor were found on Russian drones.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Russia');
    expectRel(extractText('Orvanne Semiconductor chips were recovered from Russian drones.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Russia');
    // (The phrase that names weapons, past one that names a place: "found in Laos on Russian drones".)
    expectRel(extractText('Chips made by Tessaly Microchips were found in Laos on Russian drones.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Russia');
    // (Not what was found in a place, nor what was recovered from a place.)
    expectNoRel(extractText('Investigators found chips made by Tessaly Microchips in Laos.'), 'SHIPPED_TO', 'Tessaly Microchips', 'Laos');
    expectNoRel(extractText('Orvanne Semiconductor chips were recovered from Mongolia.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Mongolia');
  });

  it('ends the goods\' journey with their user: "B uses engines from K. The parts are bought through C" is no hop from B to C', () => {
    const out = extractText('Halvern Dynamics uses Laotian engines in its drones. The components are purchased through the Mongolian company Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Halvern Dynamics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Dynamics', 'Brask Logistics');
  });
});

describe('grammar: goods that ended up with a party', () => {
  it('reads "G from A ended up in B", "A\'s engines ended up in the hands of B" and "... in B\'s drones"', () => {
    const out = extractText('Chips from Tessaly Microchips ended up in Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Microchips', 'Russia').rule).toBe('frame:end-up/active');
    expectRel(extractText('Orvanne Semiconductor\'s engines ended up in the hands of Halvern Dynamics.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Dynamics');
    expectRel(extractText('The drones, made by Orvanne Semiconductor, ended up with Halvern Dynamics.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Dynamics');
    expectRel(extractText('Orvanne Semiconductor\'s engines ended up in Halvern Dynamics\' attack drones.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Dynamics');
  });

  it('sends goods named again on from their last holder: "A sold engines to K. The engines later ended up in B"', () => {
    const out = extractText('Orvanne Semiconductor sold 300 engines to Brask Logistics in Kazakhstan. The engines later ended up in Russia.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Russia');
  });

  it('needs goods: not "the contract with A ended in Russia", nor "the talks with A ended up in Russia"', () => {
    expect(extractText('The contract with Tessaly Microchips ended in Russia last year.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expect(extractText('The talks with Tessaly Microchips ended up in Russia.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: goods a party puts to use', () => {
  it('reads "B was using G produced by A", "B relied on G supplied by A" and G named after "including"', () => {
    const used = extractText('Halvern Group uses engines made by Orvanne Semiconductor in its drones.');
    expect(expectRel(used, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group').rule).toBe('frame:use/active');
    expectRel(extractText('Halvern Group relied on chips supplied by Orvanne Semiconductor.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group');
    expectRel(extractText('Investigators found that Halvern Group was using Western technology, including the X7 chip produced by Orvanne Semiconductor, in building its missiles.'),
      'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group');
  });

  it('reads the maker of goods bought: "B bought the drones, which were made by A", but not past a seller "from C"', () => {
    expect(expectRel(extractText('Brask Logistics bought the drones, which were made by Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:acquire/active');
    const resold = extractText('Brask Logistics bought engines made by Halvern Group from Tessaly Optics.');
    expectRel(resold, 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics');
    expectNoRel(resold, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('draws nothing from what is no goods, from a denial, or from a use that is only possible', () => {
    expectNoRel(extractText('Halvern Group used the money provided by Orvanne Semiconductor to buy land.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group');
    expectNoRel(extractText('Halvern Group does not use chips made by Orvanne Semiconductor.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group');
    expectNoRel(extractText('Halvern Group could use chips made by Orvanne Semiconductor.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Halvern Group');
  });
});

describe('grammar: the maker of goods bought from no one named', () => {
  it('reads "B imported 500 tons of vests. These vests were manufactured by A", not other goods', () => {
    const out = extractText('Last spring, Laos managed to import some 500 tons of armoured vests. These armoured vests were manufactured by the Thai company Halvern Group.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos').rule).toBe('frame:supply/maker-of-bought');
    expectRel(extractText('Last December, Laos imported 800 drones. The drones were made by Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Last December, Laos imported 800 drones. The engines were made by Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads "B obtained $4 billion in chips. Many were shipped through shell companies in K" as goods reaching B from K', () => {
    const out = extractText('Laos has obtained nearly $4 billion in restricted chips since 2022. Many were shipped through a cluster of shell companies in Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Laos').rule).toBe('frame:supply/route-of-bought');
    expectRel(extractText('Laos imported 500 drones in 2023. Most of them were shipped through Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Laos');
    // (Not when the goods went elsewhere or not at all, nor when the next sentence is about other goods.)
    expectNoRel(extractText('Laos imported 500 drones in 2023. Many were not shipped through Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Laos');
    expectNoRel(extractText('Laos imported 500 drones in 2023. The engines were shipped through Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Laos');
  });

  it('reads the members of "a cluster of" companies as the route: "B obtained G through a cluster of shell companies in K"', () => {
    expectRel(extractText('Laos has obtained restricted chips through a cluster of shell companies in Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Laos');
  });
});
