/**
 * Names set in quotation marks, as translated reports write plants' names, and a maker's output bought by another,
 * shown with sentences written for the test (invented names): a whole quoted name with "and" and a demonym in it, its
 * short form in quoted parentheses, a quoted name as a copula's subject and as the first of a list after its legal
 * form; "A produced the helicopters purchased by B"; "shipments identified by B" were not sent by B.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: quoted names and a maker\'s output', () => {
  it('keeps a quoted name whole, "and" and demonym with it, and its quoted short form as its other name', () => {
    const out = extractText('Vietnam listed, among others, "Laotian Optical and Mechanical Association" ("LOMA") and firms that are part of it. ' +
      '"LOMA" is a maker and supplier of gunsights for the Laotian army.');
    expect(entity(out, 'Laotian Optical and Mechanical Association')).toBeDefined();
    expect(entity(out, 'Mechanical Association')).toBeUndefined();
    expect(entity(out, 'LOMA')?.aliases).toContain('Laotian Optical and Mechanical Association');
    expectRel(out, 'SHIPPED_TO', 'LOMA', 'Laotian army');
    // (Not a demonym and one word, a project's title more often.)
    expect(entity(extractText('The "Laotian Secrets" investigation found that Halvern Group shipped drones to Vietnam.'), 'Laotian Secrets')).toBeUndefined();
    // (Nor a title before the noun of a text: 'the "Thai Defence Leaks" report'.)
    expect(entity(extractText('According to the "Laotian Defence Leaks" report, Halvern Group shipped drones to Vietnam.'), 'Laotian Defence Leaks')).toBeUndefined();
    // (Two names in one pair of quotation marks, the first closed by its own head word, stay two.)
    const pair = extractText('Halvern Group said it had shipped drones to "Tessaly Optics and Brask Logistics".');
    expectRel(pair, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(pair, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    // (Names each in their own quotation marks stay two, and so do two names in a quoted sentence.)
    const said = extractText('A Vietnamese official said: "Halvern Group and Orvel Trading shipped drones to Laos."');
    expectRel(said, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(said, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    const two = extractText('Vietnam sanctioned "Halvern" and "Orvel".');
    expectRel(two, 'SANCTIONED', 'Vietnam', 'Halvern');
    expectRel(two, 'SANCTIONED', 'Vietnam', 'Orvel');
  });

  it('reads a quoted name as a copula\'s subject, and as the first of a list after its legal form', () => {
    expectRel(extractText('"Halvern" is a supplier of gunsights for the Laotian army.'), 'SHIPPED_TO', 'Halvern', 'Laotian army');
    const out = extractText('In May, PJSC "Halvern", the 512th Radio Repair Plant, and the Orvel Aircraft Repair Plant were put on the sanctions lists by Vietnam.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern');
    expectRel(out, 'SANCTIONED', 'Vietnam', '512th Radio Repair Plant');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Orvel Aircraft Repair Plant');
  });

  it('reads "A produced the helicopters purchased by B" as A\'s output bought by B', () => {
    const out = extractText('The Vientiane Helicopter Works built the fleet of helicopters purchased in three lots by the Laotian military starting in 1995.');
    expectRel(out, 'SHIPPED_TO', 'Vientiane Helicopter Works', 'Laotian military');
    expectRel(extractText('Halvern Group makes drones bought by the Laotian army.'), 'SHIPPED_TO', 'Halvern Group', 'Laotian army');
    expectNoRel(extractText('Halvern Group did not make the drones bought by the Laotian army.'), 'SHIPPED_TO', 'Halvern Group', 'Laotian army');
    // (Not a causative, nor a designer: "made the drones bought by B obsolete", "developed the drones bought by B".)
    expectNoRel(extractText('Halvern Group made the drones bought by Laos obsolete with its new jammer.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Thailand made drones bought by Laos a target of its sanctions.'), 'SHIPPED_TO', 'Thailand', 'Laos');
    expectNoRel(extractText('Martin Varno developed the drones bought by Laos.'), 'SHIPPED_TO', 'Martin Varno', 'Laos');
    // (Only the maker's own output: "A produced a report on drones bought by B" sold B nothing.)
    expectNoRel(extractText('Halvern Group produced a study of the drones bought by the Laotian army.'), 'SHIPPED_TO', 'Halvern Group', 'Laotian army');
  });

  it('takes no sender from the finder of earlier shipments: "shipments identified by B"', () => {
    const out = extractText('As with the earlier shipments identified by Halvern Watch in March, the fuel was sold and resold before reaching Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Watch', 'Vietnam');
    expectRel(extractText('Sales of drones by Halvern Group to Laos rose.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads a subject before a quotation that opens on its verb: \'that A "has made shipments to B"\'', () => {
    const out = extractText('Quoting the group\'s claim that Halvern Group \u201chas made several shipments to Laos\u2019s army for a coastal radar,\u201d the paper went on.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos\'s army');
  });
});
