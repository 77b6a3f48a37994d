/**
 * Buyers named in a supply clause without "to", shown with sentences written for the test (invented names): "supplied
 * G for B" with B a company named outright, and orders of named goods that a supplier supplies or ships, which are the
 * goods ordered, not paperwork.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: buyers named with "for"', () => {
  it('reads a company named outright after "supplied G for" as the buyer, not one "for" which the seller acts', () => {
    const out = extractText('Tarsin Ltd supplied thousands of servomotors for Velkor Ltd.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor Ltd').rule).toBe('frame:supply/active');
    // ("for B as its agent": the seller acts for B; B buys nothing.)
    expectNoRel(extractText('Tarsin Ltd sold the radios for Velkor Ltd as its agent.'), 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor Ltd');
    // A named maker's goods are no buyer.
    expectNoRel(extractText('Tarsin Ltd supplied parts for Velkor drones.'), 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor');
  });

  it('reads "supplied the servomotor orders for B" as goods supplied, and "received orders from B" still as none', () => {
    const out = extractText('Tarsin Ltd supplied the servomotor orders for Velkor Ltd.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor Ltd').rule).toBe('frame:supply/active');
    // Bare orders sent are instructions, not goods.
    expectNoRel(extractText('Tarsin Ltd sent orders to Velkor Ltd.'), 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor Ltd');
  });
});

describe('grammar: a state\'s arms as the buyer', () => {
  it('reads a country\'s forces, arms programme or war effort as the country: "to Iran\'s drone programme"', () => {
    const out = extractText('Tarsin Ltd supplied chips to Iran\'s drone programme. Velkor Ltd sent valves to the North Korean missile program. ' +
      'Qinto Power shipped engines to Russia\'s war effort.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Iran').rule).toBe('frame:supply/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'North Korea').rule).toBe('frame:supply/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Power', 'Russia').rule).toBe('frame:supply/active');
  });
});

describe('grammar: armed groups as buyers where they are', () => {
  it('reads "sent the rockets to armed groups in A, C and D" as supplying each place', () => {
    const out = extractText('Syria sent the rockets to armed groups in Yemen, Chad, and Mali.');
    for (const n of ['Yemen', 'Chad', 'Mali']) expect(expectRel(out, 'SHIPPED_TO', 'Syria', n).rule).toBe('frame:supply/active');
  });
});

describe('buyers: a state\'s air force in lower case', () => {
  it('reads "to the Vietnamese air force" as the buyer, one body with the country\'s military', () => {
    const out = extractText('Halvern Trading, Brask Shwe and Tessaly Avia LLC in Laos were listed on Monday for selling helicopters and spare parts to the Vietnamese air force.');
    for (const n of ['Halvern Trading', 'Brask Shwe', 'Tessaly Avia LLC']) expectRel(out, 'SHIPPED_TO', n, 'Vietnamese air force');
  });
});
