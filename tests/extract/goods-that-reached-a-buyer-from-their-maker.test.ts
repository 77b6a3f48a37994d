/**
 * "The parts, made by A, reached B (through firms in K)": goods that reached a party came from the maker a
 * participle names, by way of the route given. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('supply: goods that reached a party, from the maker a participle names', () => {
  it('reads the maker as the supplier', () => {
    const out = extractText('The gearboxes, built by Laotian firm Halvern Group, reached Vietnam in 2024.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('reads the route between them', () => {
    const out = extractText('The gearboxes, made by Halvern Group, reached Vietnam through firms in Thailand.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Thailand');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam');
  });

  it('reads the verb after the aside and an adverb as the goods\' own, with its object', () => {
    const out = extractText('The gearboxes, made by Laotian firm Halvern Group, later reached Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('still joins a bare participle after "then" to the passive before it', () => {
    expectRel(extractText('The gearboxes were made in Laos, then sent to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads no maker of what is no goods', () => {
    const out = extractText('The plan, developed by Halvern Group, reached the ministry in Hanoi last week.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    const paid = extractText('The payments, made by Halvern Group, reached Brask Logistics through a bank in Vientiane.');
    expectNoRel(paid, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads no maker for goods that never reached the party', () => {
    expectNoRel(extractText('The gearboxes, made by Halvern Group, never reached Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});

describe('supply: goods described by their maker before the verb', () => {
  it('reads the goods, not the maker, as the subject of the verb after it', () => {
    expectRel(extractText('The gearboxes made by Halvern Group reached Vietnam in 2024.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('keeps the maker of goods that turn up in a buyer\'s records', () => {
    const out = extractText('The gearboxes built by Halvern Group also appear in Brask Logistics\'s import declarations.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('leaves goods described by their seller to the seller', () => {
    const out = extractText('The gearboxes sold by Halvern Group also appear in Brask Logistics\'s import declarations.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('leaves firms described by their owner to the owner', () => {
    expectRel(extractText('Firms owned by Halvern Group shipped drones to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});
