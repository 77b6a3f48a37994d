/**
 * "A Technologies and Services Private Limited": line-of-business words joined by "and" before a legal form of two
 * words ("Private Limited") are one firm's name, as before "Ltd". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

describe('entities: line-of-business words before "Private Limited"', () => {
  it('reads one firm', () => {
    const out = extractText('The firms are Halvern Technologies and Services Private Limited, Brask Logistics and Kestra Air.');
    const names = out.entities.map((e) => e.name);
    expect(names).toContain('Halvern Technologies and Services Private Limited');
    expect(names).not.toContain('Services Private Limited');
    expect(names).toContain('Brask Logistics');
  });

  it('keeps "Private" opening a second firm apart', () => {
    const names = extractText('Halvern Logistics and Private Ventures shipped drones.').entities.map((e) => e.name);
    expect(names).toContain('Halvern Logistics');
    expect(names).toContain('Private Ventures');
  });
});
