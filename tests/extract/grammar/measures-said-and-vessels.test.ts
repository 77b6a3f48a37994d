/**
 * What a body said when it took a measure ("B imposed sanctions on A, saying it shipped G to C": the pronoun is the
 * target), ships that carry goods for their owner ("12 of its ships, including the X, had been transporting G": the
 * owner is the party, the ship named only a carrier), and another name given through a relative clause ("A, which
 * was formerly known as B"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from '../helpers.js';

describe('grammar: a pronoun in what a body said of its measure', () => {
  it('reads the target of the measure as the one that shipped', () => {
    for (const text of [
      'Laos imposed sanctions on Brask Logistics, saying it shipped weapons to Vietnam.',
      'Laos imposed sanctions on Brask Logistics, saying that it was transporting weapons for Vietnam.',
    ]) {
      expect(expectRel(extractText(text), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam').rule, text).toBe('frame:supply/active');
    }
    const both = extractText('Laos sanctioned Brask Logistics and Halvern Group, saying they shipped weapons to Vietnam.');
    expect(expectRel(both, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam').rule).toBe('frame:supply/active');
    expect(expectRel(both, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('does not read the body itself as the one that shipped, nor the target when another party is saying it', () => {
    expectNoRel(extractText('Laos imposed sanctions on Brask Logistics, saying it shipped weapons to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    const other = extractText('After Laos sanctioned Halvern Group, Brask Logistics issued a statement saying it had shipped radios to Vietnam.');
    expectNoRel(other, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(other, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});

describe('grammar: ships that carry goods for their owner', () => {
  const text = 'The freighter is the property of the Laotian firm Brask Logistics. Last year the Thai Finance Ministry imposed sanctions on the ' +
    'company, saying that 12 of its ships, including the Orvanne Star, had been transporting arms for Vietnam.';

  it('reads the owner the measure named as the party, and neither the ship named nor the body', () => {
    const out = extractText(text);
    expectRel(out, 'SANCTIONED', 'Thai Finance Ministry', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Orvanne Star', 'Vietnam');
    expectNoRel(out, 'SANCTIONED', 'Thai Finance Ministry', 'Orvanne Star');
  });

  it('reads the owner a possessive names, past a count', () => {
    expectRel(extractText('Brask Logistics is a Laotian firm. Two of its ships had been transporting arms for Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });

  it('reads ships a group announces as carriers, no party', () => {
    expectNoRel(extractText('Laos said several ships, including the Orvanne Star, delivered weapons to Vietnam.'), 'SHIPPED_TO', 'Orvanne Star', 'Vietnam');
    // (Nor the firm the text was about: the ships are not said to be its.)
    const out = extractText('Brask Logistics is a Laotian firm. Several ships, including the Orvanne Star, delivered weapons to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Orvanne Star', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});

describe('mentions: another name through a relative clause', () => {
  it('reads "A, which was formerly known as B" and "A, which is also known as B" as one entity', () => {
    const out = extractText('Brask Logistics, which was formerly known as Orvanne Trans LLC, sold drones to Vietnam.');
    expect(mustEntity(out, 'Brask Logistics')).toBe(mustEntity(out, 'Orvanne Trans LLC'));
    const also = extractText('Brask Logistics, which is also known as Orvanne Trans, sold drones to Vietnam.');
    expect(mustEntity(also, 'Brask Logistics').name).toBe('Brask Logistics');
    expect(mustEntity(also, 'Orvanne Trans')).toBe(mustEntity(also, 'Brask Logistics'));
  });

  it('keeps two entities for a former tie to another firm ("formerly B\'s unit"), and reads a text that ends after "which was"', () => {
    for (const text of ['Orvel Trading, which was formerly Halvern Group’s Laotian unit, shipped drones to Laos.', 'Orvel Trading, formerly Halvern Group’s Laotian unit, shipped drones to Laos.']) {
      const out = extractText(text);
      expect(mustEntity(out, 'Orvel Trading'), text).not.toBe(mustEntity(out, 'Halvern Group'));
      expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    }
    expectRel(extractText('Halvern Group sold trucks to Brask Logistics, which was'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('keeps two entities for a relative clause that gives no other name', () => {
    const out = extractText('Brask Logistics, which was formerly a unit of Orvanne Trans LLC, sold drones to Vietnam.');
    expect(mustEntity(out, 'Brask Logistics')).not.toBe(mustEntity(out, 'Orvanne Trans LLC'));
  });
});
