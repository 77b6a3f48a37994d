/**
 * "Laotian companies have been included in the US sanctions list: A, B and C": a group with neither count nor
 * determiner is named by the list its colon gives, and makers named by a compound ("carmakers", "chipmakers") are
 * traders like "makers". Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a bare group named after a colon', () => {
  it('gives the list after the colon to an uncounted group', () => {
    const out = extractText('Laotian companies have been included in a new US sanctions list: Halvern Group, Brask Motors and Orvel Trading.');
    for (const t of ['Halvern Group', 'Brask Motors', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'United States', t);
  });

  it('reads a compound maker noun as a group of traders', () => {
    const out = extractText('Three Laotian carmakers have been added to the US sanctions list: Halvern Group, Brask Motors and Orvel Trading.');
    for (const t of ['Halvern Group', 'Brask Motors', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'United States', t);
  });

  it('takes no list that does not close the sentence', () => {
    const out = extractText('Laotian companies have been included in the US sanctions list: Halvern Group and Brask Motors say they will appeal.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Brask Motors');
  });

  it('leaves the list to a group the colon closes', () => {
    const out = extractText('Thai firms supplied drones to two buyers: Vestrik and Kestra Air.');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Vestrik');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Kestra Air');
    const bodies = extractText('Laotian firms were sanctioned by two bodies: the EU and the Treasury.');
    expectNoRel(bodies, 'SANCTIONED', 'EU', 'Treasury');
  });

  it('gives the list to the group before the colon only where it is a group of parties', () => {
    const time = extractText('Thai firms shipped drones to Vestrik in recent months: Halvern Group and Brask Logistics.');
    expectRel(time, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    const goods = extractText('Thai firms supplied two buyers with drones: Vestrik and Kestra Air.');
    expectRel(goods, 'SHIPPED_TO', 'Thailand', 'Kestra Air');
    const units = extractText("Firms in Thailand sold parts to Vestrik's units: Dornik LLC and Velmar JSC.");
    expectRel(units, 'SHIPPED_TO', 'Thailand', 'Velmar JSC');
    const count = extractText('Traders shipped drones to Vestrik, two of them Thai: Halvern Group and Brask Logistics.');
    expectRel(count, 'SHIPPED_TO', 'Brask Logistics', 'Vestrik');
  });
});
