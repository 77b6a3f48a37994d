/**
 * "Equipment worth $3 million made by A was imported into B", "$3 million of A's equipment was imported into B": goods
 * given with their value, or counted by a sum or a number, keep their maker or owner as the supplier. Sentences written
 * for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: goods of a value and their owner', () => {
  it('reads the maker of goods given with their value before the participle', () => {
    const out = extractText('Equipment worth more than $3 million manufactured by Halvern Group was imported into Laos after the firm left.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it("reads the owner of goods a sum is of: \"$3 million of A's equipment\"", () => {
    expectRel(extractText("More than $3 million of Halvern Group's equipment was imported into Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText("Brask Logistics bought $3 million of Halvern Group's equipment in May."), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it("reads the owner of goods a number counts: \"hundreds of A's drones\"", () => {
    expectRel(extractText("Hundreds of Halvern Group's drones were imported into Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText("Hundreds of Halvern Group's drones reached Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads "its" goods imported as the goods of the firm the text is about', () => {
    const out = extractText('Kestra Air makes drones for farmers. Some $4 million of its drones were bought by Laos last year.');
    expectRel(out, 'SHIPPED_TO', 'Kestra Air', 'Laos');
  });

  it('reads no owner of "its" goods a buyer imports itself', () => {
    expectNoRel(extractText('Brask Logistics makes drones. Laos imported its drones last year.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });

  it('reads no owner of goods that were not traded', () => {
    const out = extractText('Laos bought drones from Vietnam. Its drones were seized in Cambodia.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Cambodia');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Cambodia');
  });
});
