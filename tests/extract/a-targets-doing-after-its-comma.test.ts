/**
 * A trade's -ing form after the comma that closes a sanction's object ("The EU sanctioned A, supplying G to B",
 * "imposed sanctions on A, shipping them to K", "sanctioned A, controlling B") is the target's doing, not the body's;
 * a verb of another kind ("citing ...") and a main clause of trade ("sold G to A, shipping them via B") keep their
 * readings. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('clauses: a target\'s doing after its comma', () => {
  it('gives the supply to the target', () => {
    const out = extractText('The EU sanctioned Halvern Group, supplying drones to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'EU', 'Brask Logistics');
    const imposed = extractText('The EU imposed sanctions on Halvern Group, supplying drones to Brask Logistics.');
    expectRel(imposed, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(imposed, 'SHIPPED_TO', 'EU', 'Brask Logistics');
  });

  it('gives the ownership to the target', () => {
    const out = extractText('The EU sanctioned Halvern Group, controlling Brask Logistics and Vestrik.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'EU');
  });

  it('does so past a phrase after the target', () => {
    expectRel(extractText('The EU sanctioned Halvern Group in May, supplying drones to Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('keeps a main clause of trade as it was', () => {
    expectRel(extractText('Laos sold drones to Halvern Group, shipping them via Vestrik.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
    const supplied = extractText('Laos supplied Halvern Group, shipping drones via Vestrik.');
    expectRel(supplied, 'SHIPPED_TO', 'Laos', 'Vestrik');
    expectNoRel(supplied, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
  });
});
