/**
 * Precision guards on sanctions and ownership, each shown with sentences written for the test (invented names):
 * a tie the text puts in the past or denies is no ownership; a company named only as the employer of a sanctioned
 * person is not itself sanctioned; a company sold to a buyer is not goods shipped to it.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('ownership guards: a tie that no longer holds, or never did', () => {
  it('draws no ownership from "a former subsidiary of B"', () => {
    expectNoRel(extractText('Borvek Trading is a former subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from "formerly a unit of B" or "once a unit of B", for the older rules either', () => {
    expectNoRel(extractText('Borvek Trading, formerly a unit of Kelmar Industries, sells valves.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
    expectNoRel(extractText('Borvek Trading, once a unit of Kelmar Industries, sells valves.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
    expectNoRel(extractText('Borvek Trading was until 2019 a unit of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from a negated copula: "A is not a subsidiary of B"', () => {
    expectNoRel(extractText('Borvek Trading is not a subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from "its former subsidiary A"', () => {
    expectNoRel(extractText('Kelmar Industries sold its former subsidiary Borvek Trading in 2020.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('still reads a present tie, and a past word elsewhere in the sentence does not undo it', () => {
    expect(expectRel(extractText('Borvek Trading is a subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries').rule).toBe('frame:own/copula-child');
    expectRel(extractText('Borvek Trading, a subsidiary of Kelmar Industries, was previously known as Dravo Parts.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });
});

describe('sanctions guards: a person named by the post they hold', () => {
  it('sanctions the person, not the company: "the EU sanctioned A\'s director, B"', () => {
    const out = extractText('The EU sanctioned Kelmar Industries\' director, Ivan Petrov, on Monday.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Ivan Petrov').rule).toBe('frame:sanction/active');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Kelmar Industries');
  });

  it('sanctions both when both are named as targets: "sanctioned A and its director, B"', () => {
    const out = extractText('The EU sanctioned Kelmar Industries and its director, Ivan Petrov.');
    expectRel(out, 'SANCTIONED', 'EU', 'Kelmar Industries');
    expectRel(out, 'SANCTIONED', 'EU', 'Ivan Petrov');
  });
});

describe('flow guards: a company changing hands', () => {
  it('draws no flow to the buyer of a company: "A sold its subsidiary B to C"', () => {
    const out = extractText('Kelmar Industries sold its subsidiary Borvek Trading to Dravo Holdings in 2020.');
    expectNoRel(out, 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectNoRel(extractText('Kelmar Industries sold Borvek Trading to Dravo Holdings in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
  });

  it('still reads goods sold: "A sold valves to C", "A sold Russia 100 drones"', () => {
    expectRel(extractText('Kelmar Industries sold valves to Dravo Holdings in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectRel(extractText('Kelmar Industries sold Russia 100 drones.'), 'SHIPPED_TO', 'Kelmar Industries', 'Russia');
  });
});
