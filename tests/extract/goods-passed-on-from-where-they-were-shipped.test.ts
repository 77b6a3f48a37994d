/**
 * "The engines were shipped to A and then forwarded to B": a passive step joined to an earlier one, with no agent or
 * route of its own, leaves from the party the earlier step took the goods to ("passed on to B" as well); a country
 * reached first holds no goods of its own ("trucked to K and delivered to B"). A code name in apposition to a word for
 * a firm ("a Laotian front company, ZX-7,") is the firm's name. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from './helpers.js';

describe('supply: goods passed on from where a joined passive shipped them', () => {
  it('reads the first recipient as the supplier of the second', () => {
    const out = extractText('The engines were shipped to Orvel Trading and then forwarded to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('reads "passed on to" in the passive', () => {
    const out = extractText('The engines were shipped to Orvel Trading, and passed on to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('prefers the first recipient to a supplier named before', () => {
    const out = extractText('Halvern Group sent engines to Vietnam. The engines were later trucked to Orvel Trading and forwarded to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('takes no country reached first as the supplier', () => {
    const out = extractText('Halvern Group sold processors to Orvel Trading. From there, the processors were trucked to Laos and delivered to Brask Logistics.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });

  it('reads no supply in goods sent back', () => {
    const out = extractText('The engines were shipped to Orvel Trading and then sent back to Brask Logistics.');
    expectNoRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('passes on no costs', () => {
    const out = extractText('The engines were shipped to Orvel Trading. The costs were passed on to Brask Logistics.');
    expectNoRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('reads a code name in apposition to a word for a firm as the firm', () => {
    const out = extractText('The motors were later sent to a Laotian shell firm, ZX-7, and passed on to Brask Logistics.');
    expect(mustEntity(out, 'ZX-7').kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'ZX-7', 'Brask Logistics');
  });

  it('keeps a code that goes on as a clause a product', () => {
    const out = extractText('Halvern Group is a drone maker, ZX-7 is its best seller.');
    expect(mustEntity(out, 'ZX-7').kind).toBe('product');
  });
});
