/**
 * Suppliers read past the tagger's and the clause reader's slips: "A produces and ships to B various components" (a
 * trade verb joined to the verb before it), "B imports large volumes of units produced in A" (a participle after the
 * goods is a reduced passive), "Another maker, A, came to light as a supplier for B", and "sights called X were shipped"
 * ("called" names, it does not urge). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: makers joined, goods made in a place, suppliers revealed', () => {
  it('reads "A produces and ships to B various components"', () => {
    expectRel(extractText('Tessaly Optics produces and ships to Belarus various optical components.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });

  it('reads "B imports significant volumes of units produced in A and C" as both places supplying B', () => {
    const out = extractText('Belarus also imports significant volumes of CNC units produced in Mongolia and South Korea.');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'South Korea', 'Belarus');
    // ("CNC (computer numerical control) units": past an abbreviation's spelling-out.)
    expectRel(extractText('Belarus also imports significant volumes of CNC (computer numerical control) units produced in Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Belarus');
    // ("imported more than $9 million of lathes made in A": the goods of a value.)
    expectRel(extractText('Halvern Group has imported more than $9 million of lathes made in Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Halvern Group');
    // ("machinery called CNC lathes made in A": the goods by the name the object is called.)
    expectRel(extractText('Halvern Group has imported more than $9 million of costly machinery called CNC lathes made in Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Halvern Group');
  });

  it('reads "another maker, A, came to light as a supplier for B"', () => {
    const out = extractText('After that, another maker of machine tools, Tessaly Optics, came to light as a supplier for the Belarusian army.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Belarusian army').rule).toBe('frame:supply/copular-role');
  });

  it('does not take "called" for a call to act: "Sights called X were shipped to B by A"', () => {
    expectRel(extractText('Thermal sights called Nightjar were shipped to Belarus by Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Belarus');
    // (It still urges with "for": "B called for sanctions to be shipped ..." reads no flow.)
    expect(relationsOf('Belarus called for drones to be shipped to Belarus by Halvern Group.', 'SHIPPED_TO')).toEqual([]);
  });
});
