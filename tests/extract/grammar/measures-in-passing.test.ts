/**
 * Measures named in passing, as the object of a breach or under a hedge on something else: "may have breached
 * European and UK sanctions on B" (the sanctions are in force whether or not they were breached), "the EU's
 * embargo against B", "European sanctions" (the Union's, named by the adjective alone). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: measures named in passing', () => {
  it('reads a measure under a breach the sentence only suspects', () => {
    const out = extractText('Some of the shipments may have breached US sanctions against Laos.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Laos').rule).toBe('frame:sanction/nominal');
    // (A measure only planned stays unasserted.)
    expectNoRel(extractText('The US may impose new US sanctions on Laos.'), 'SANCTIONED', 'United States', 'Laos');
  });

  it('reads bodies joined before the measure\'s own: "EU and US sanctions against B"', () => {
    const out = extractText('The shipments breached EU and US sanctions against Laos.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Laos').rule).toBe('frame:sanction/nominal');
    expectRel(out, 'SANCTIONED', 'United States', 'Laos');
  });

  it('reads "European sanctions" as the European Union\'s, and "European firms" as no body', () => {
    const out = extractText('The cargoes may have breached European and UK sanctions on Laos.');
    expectRel(out, 'SANCTIONED', 'European Union', 'Laos');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Laos');
    const placed = extractText('Kestrova LLC has been under European sanctions since 2021.');
    expectRel(placed, 'SANCTIONED', 'European Union', 'Kestrova LLC');
    const firms = extractText('European firms sold optics to Kestrova LLC. European officials met in Brussels.');
    expect(firms.entities.map((e) => e.name)).not.toContain('European Union');
  });

  it('reads an embargo as a measure: "the EU\'s embargo against B"', () => {
    const text = 'The presses fall under the EU\'s embargo against Laos.';
    expect(expectRel(extractText(text), 'SANCTIONED', 'EU', 'Laos').rule).toBe('frame:sanction/nominal');
    expect(relationsOf(text, 'SANCTIONED')).toHaveLength(1);
  });
});

describe('sanctions and flows: a relative after its preposition, and a reason joined by a gerund', () => {
  it('reads "A, a firm on which B imposed sanctions" and "A, against which B imposed sanctions"', () => {
    const on = extractText('The resin was sent by Kestrova Technologies, a Mongolian firm on which the US imposed sanctions in 2020.');
    expect(expectRel(on, 'SANCTIONED', 'United States', 'Kestrova Technologies').rule).toBe('frame:impose/active');
    const against = extractText('Kestrova LLC, against which the EU imposed sanctions last year, sold drones to Laos.');
    expectRel(against, 'SANCTIONED', 'EU', 'Kestrova LLC');
    expectRel(against, 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
  });

  it('reads "sanctioned A for its sales of G and providing support to K" as A\'s doing, and support as no goods', () => {
    const text = 'The US sanctioned Kestrova LLC for its exports of rocket parts and providing support to Laos.';
    expectRel(extractText(text), 'SANCTIONED', 'United States', 'Kestrova LLC');
    expect(relationsOf(text, 'SHIPPED_TO')).toHaveLength(0);
    // (The target of a measure imposed, by name or through a relative.)
    expect(relationsOf('The US imposed sanctions on Kestrova LLC for its exports of rocket parts and providing support to Laos.', 'SHIPPED_TO')).toHaveLength(0);
    expect(relationsOf('The resin was sent by Kestrova Technologies, a Mongolian firm on which the US imposed sanctions ' +
      'for its worldwide exports of rocket parts and providing support to Laos.', 'SHIPPED_TO')).toHaveLength(0);
    // (A gerund of goods joined to the reason is A's supply.)
    const supplying = extractText('The US sanctioned Kestrova LLC for its role in the war and supplying drones to Laos.');
    expect(expectRel(supplying, 'SHIPPED_TO', 'Kestrova LLC', 'Laos').rule).toBe('frame:supply/active');
    expectNoRel(supplying, 'SHIPPED_TO', 'United States', 'Laos');
  });
});

describe('parties named beside their asides and through their decisions', () => {
  it('reads "A – the head of X – and B – the head of Y – were sanctioned" for both names, with dashes or commas', () => {
    const dashes = extractText('Colonel Irina Olskaya – the head of the Laotian air force – and Brigadier General Bertrand Olskiy – the head of ' +
      'the Laotian army – have also been sanctioned by the UK.');
    expectRel(dashes, 'SANCTIONED', 'United Kingdom', 'Irina Olskaya');
    expectRel(dashes, 'SANCTIONED', 'United Kingdom', 'Bertrand Olskiy');
    const commas = extractText('Irina Olskaya, the head of the Laotian air force, and Bertrand Olskiy, the head of the Laotian army, were sanctioned by the UK.');
    expectRel(commas, 'SANCTIONED', 'United Kingdom', 'Irina Olskaya');
  });

  it('reads "B condemned A\'s decision to supply G to C" as A\'s supply, B no party, and a plan as none', () => {
    const out = extractText('Britain condemned what it said was Laos’s decision to supply rockets and shells to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/active');
    const judged = extractText('Britain condemned Laos’s decision to supply drones to Mongolia.');
    expectRel(judged, 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectNoRel(judged, 'SHIPPED_TO', 'United Kingdom', 'Mongolia');
    expect(relationsOf('Britain condemned Laos’s plan to supply drones to Mongolia.', 'SHIPPED_TO')).toHaveLength(0);
  });
});

describe('sanctions: an opening that places its subject among the targets', () => {
  it('reads "Among the sanctioned firms, company A faces allegations of ..." as a target of the measures the text is about', () => {
    const out = extractText('The US Treasury sanctioned five Mongolian companies on Thursday.\n\n' +
      'Among the sanctioned firms, construction company Kestrova Insaat faces allegations of facilitating deliveries to Laos.');
    expect(expectRel(out, 'SANCTIONED', 'US Treasury', 'Kestrova Insaat').rule).toBe('frame:sanction/among-opening');
    // (Among firms the opening does not mark as targets: no sanction.)
    const largest = extractText('The US Treasury sanctioned five Mongolian companies on Thursday.\n\n' +
      'Among the largest firms, construction company Kestrova Insaat faces allegations of facilitating deliveries to Laos.');
    expectNoRel(largest, 'SANCTIONED', 'US Treasury', 'Kestrova Insaat');
  });
});

describe('sanctions: the package a body unveiled against a country, and its later targets', () => {
  it('reads "The package also targeted A" for the body that set the scene, the target quoted or not', () => {
    const plain = extractText('The UK unveiled a sanctions package against Laos. The package also targeted Kestrova LLC.');
    expect(expectRel(plain, 'SANCTIONED', 'United Kingdom', 'Kestrova LLC').rule).toBe('frame:sanction/active');
    const quoted = extractText('The UK unveiled a sanctions package against Laos. The package also targeted the “Kestrova Corps,” a mercenary group.');
    expectRel(quoted, 'SANCTIONED', 'United Kingdom', 'Kestrova Corps');
  });
});

describe('sanctions: a list of firms a body published, and its members named next', () => {
  it('reads "X has issued a list of 60 firms ... Among them are A, B and C" as X listing each (not a parent in parentheses)', () => {
    const out = extractText('The US Commerce Department has issued a list of 60 Mongolian and Laotian companies and enterprises, ' +
      'which it says work with the army.\n\nFirms on the list may not buy US goods.\n\n' +
      'In all, 35 Laotian and 25 Mongolian firms were placed on the list. Among them are the Kestrova Shipyard (part of Brask Group), ' +
      'the Halvern Aircraft Corporation, and Tessaly Optics.');
    const body = 'US Commerce Department';
    expect(expectRel(out, 'SANCTIONED', body, 'Kestrova Shipyard').rule).toBe('frame:sanction/published-list');
    expectRel(out, 'SANCTIONED', body, 'Halvern Aircraft Corporation');
    expectRel(out, 'SANCTIONED', body, 'Tessaly Optics');
    expectNoRel(out, 'SANCTIONED', body, 'Brask Group');
    // (A list of goods restricts no one.)
    const goods = extractText('The US Commerce Department has issued a list of 40 chips and parts. Among them are Kestrova LLC and Tessaly Optics.');
    expectNoRel(goods, 'SANCTIONED', 'US Commerce Department', 'Kestrova LLC');
  });
});

describe('sanctions: a name and a count of its own people', () => {
  it('reads "A and three of its managers were put under sanctions" with A as a target', () => {
    const out = extractText('The US sanctioned Brask LLC.\n\nIn Mongolia, Kestrova Capital Partners and three of its managers were put under sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Kestrova Capital Partners').rule).toBe('frame:place-under/passive');
  });
});
