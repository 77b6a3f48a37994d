/**
 * "Drones made in K reached B", "Nitrocellulose produced in K makes its way to B": goods opening the sentence with the place
 * they were made in, before the sentence's own verb of arriving, came from that place. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('trade: goods made in a place reach a party', () => {
  it('reads the place of making as the origin of goods that reached a buyer', () => {
    expectRel(extractText('Drones assembled in Laos reached Halvern Group in May.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
  });

  it('reads it for goods that make their way to a country', () => {
    expectRel(extractText('Nitrocellulose produced in Laos makes its way to Vietnam every month.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('still reads goods made in a place and then sold', () => {
    expectRel(extractText('The parts made in Laos were sold to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('still reads the place as the supplier of a verb that takes no goods for its subject', () => {
    expectRel(extractText('Drones made in Laos supplied Brask Logistics.'), 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });
});
