/**
 * A quantity before its "of" phrase stands for what it counts: "A number of Laos-based companies are selling G to
 * B", "Dozens of Laotian firms shipped G". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: the "of" phrase after a quantity is the party', () => {
  it('reads "A number of Laos-based companies are selling G to Vietnamese buyers"', () => {
    const out = extractText("A number of Laos-based companies are selling dual-use goods to Vietnamese buyers tied to Hanoi's arms makers, the broadcaster said Monday.");
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('reads "Dozens of Laotian firms shipped drones to Vietnam"', () => {
    expect(expectRel(extractText('Dozens of Laotian firms shipped drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/active');
  });
});

describe('grammar: a firm named before a supply event is its supplier', () => {
  it('reads "coordinates Halvern Group shipments to Vietnam"', () => {
    const out = extractText('Tessaly Optics also coordinates Halvern Group shipments to Vietnam, the ministry said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/nominal');
  });
});

describe('grammar: units of a state\'s agency stand for the state', () => {
  it('reads "sold metals to subsidiaries of a Vietnamese military agency" and "to subsidiaries of B"', () => {
    expect(expectRel(extractText('Halvern Trade Co. sold metals to subsidiaries of a Vietnamese military agency.'), 'SHIPPED_TO', 'Halvern Trade Co.', 'Vietnam').rule).toBe('frame:supply/active');
    expect(expectRel(extractText('Halvern Trade Co. sold metals to subsidiaries of Tessaly Group.'), 'SHIPPED_TO', 'Halvern Trade Co.', 'Tessaly Group').rule).toBe('frame:supply/active');
  });
});
