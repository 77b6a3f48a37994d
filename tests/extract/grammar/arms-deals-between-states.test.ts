/**
 * Arms deals between states, as reports of sanctions over them word them: the purchase a measure is "for" or "over"
 * is its target's ("sanctioned A for the purchase of G from K"), goods named with their country are bought from it
 * ("the purchase of Laotian missile systems"), and "took delivery of Laotian jets" is a delivery from that country.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: the purchase a measure is for', () => {
  it('reads the target of "sanctions on A for the purchase of G from K" as the buyer', () => {
    const out = extractText('Thailand imposed sanctions on Halvern Group for the purchase of a missile system from Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Halvern Group').rule).toBe('frame:acquire/nominal');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
    expectRel(extractText('Thailand sanctioned Laos over the purchase of fighter jets from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });

  it('takes the subject of a passive, or of a measure faced, as the buyer', () => {
    const passive = extractText('Laos was penalised for the purchase of fighter jets from Vietnam.');
    expect(expectRel(passive, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:acquire/nominal');
    const faced = extractText('Thailand faces sanctions over the purchase of tanks from Vietnam.');
    expect(expectRel(faced, 'SHIPPED_TO', 'Vietnam', 'Thailand').rule).toBe('frame:acquire/nominal');
  });

  it('takes a phrase without a name for the party it stands for', () => {
    const out = extractText('Thailand imposed sanctions on a unit of the Lao military for the purchase of fighter jets from Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Lao military');
  });

  it('names no buyer where the measure names no target, the purchase was not made, or the clause holds no one to account', () => {
    for (const text of [
      'Thailand threatened sanctions over the purchase of fighter jets from Vietnam.',
      'Thailand imposed sanctions for the purchase of fighter jets from Vietnam.',
      'Thailand threatened Laos with sanctions over the proposed purchase of fighter jets from Vietnam.',
      'Thailand sanctioned Laos for the attempted purchase of fighter jets from Vietnam.',
      'Thailand threatened to penalise Laos over the purchase of fighter jets from Vietnam.',
      'Thailand did not penalise Laos over the purchase of fighter jets from Vietnam.',
      'Thailand asked Laos for the purchase of fighter jets from Vietnam to be halted.',
    ]) expect(relationsOf(text, 'SHIPPED_TO').filter((r) => r.rule === 'frame:acquire/nominal')).toEqual([]);
    // (A rebuke holds its object to account as a measure does.)
    expect(expectRel(extractText('Thailand criticised Laos for the purchase of a missile system from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:acquire/nominal');
  });

  it('names no buyer for a purchase that follows no clause about a party', () => {
    expect(relationsOf('The purchase of fighter jets from Vietnam was delayed.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Laos published a report on the purchase of fighter jets from Vietnam.', 'SHIPPED_TO')).toEqual([]);
    // (Nor where the purchase is what a clause is about, not what it holds its object to account for.)
    expect(relationsOf('Laos told Thailand about the purchase of fighter jets from Vietnam.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: goods named with their country in a purchase', () => {
  it('reads "the purchase of Vietnamese G" as bought from Vietnam', () => {
    const out = extractText('Thailand imposed sanctions on Laos for the purchase of Vietnamese fighter jets.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:acquire/nominal');
    expectRel(extractText("Thailand's purchase of Vietnamese tanks angered its neighbours."), 'SHIPPED_TO', 'Vietnam', 'Thailand');
  });

  it('takes no seller from a design or a style joined to the demonym by a hyphen', () => {
    expect(relationsOf("Laos's purchase of Vietnamese-designed drones was criticised.", 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Laos took delivery of Thai-designed drones.', 'SHIPPED_TO')).toEqual([]);
  });

  it('takes no seller from a country named by its name, nor from a demonym on what is no goods', () => {
    expect(relationsOf("Thailand's purchase of Vietnam tanks angered its neighbours.", 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf("Thailand's purchase of Vietnamese debt angered its neighbours.", 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a delivery taken of goods named with their country', () => {
  it('reads "B took delivery of Vietnamese G" as Vietnam supplying B', () => {
    const out = extractText('Laos has taken delivery of two Vietnamese fighter jets.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:take-delivery/active');
  });

  it('keeps the supplier a "from" phrase names, and takes nothing from what is no goods', () => {
    const out = extractText('Laos took delivery of Vietnamese tanks from Halvern Group.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos');
    expect(relationsOf("Laos took delivery of the Vietnamese ambassador's letter.", 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Laos took delivery of Vietnam tanks.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a transfer with its recipient before its goods', () => {
  it('reads "K\'s transfer to B of G" as a transfer, whatever the tagger makes of "transfer"', () => {
    const out = extractText("The deals involved Vietnam's transfer to Laos of combat aircraft and radar equipment.");
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:supply/nominal');
  });
});

describe('grammar: a transfer of what is no goods', () => {
  it('reads no flow from a transfer of money, of people or of ownership, in either order', () => {
    for (const text of [
      "Vietnam's transfer to Laos of funds was approved.",
      "Vietnam's transfer of two soldiers to Laos was approved.",
      "Halvern Group's transfer to Orvel Trading of ownership of the plant was approved.",
    ]) expect(relationsOf(text, 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText("Vietnam's transfer of tanks to Laos was approved."), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });
});

describe('grammar: a role stated in a relative clause', () => {
  it('reads "A, which has become one of B\'s suppliers, ..." as A supplying B', () => {
    const out = extractText("Vietnam, which has become one of Laos's major arms suppliers, will deliver tanks next year.");
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:supply/copular-role');
    expectRel(extractText('Halvern Group, which was a customer of Orvel Trading, closed in May.'), 'SHIPPED_TO', 'Orvel Trading', 'Halvern Group');
  });

  it('takes no antecedent where no relative pronoun set off by a comma stands before the copula', () => {
    expect(relationsOf("Vietnam said that is one of Laos's major arms suppliers.", 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Group which was a customer of Orvel Trading closed in May.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a group of suppliers said to include a firm', () => {
  it('reads "The suppliers of G to B include A" as A supplying B, past a reduced passive', () => {
    const out = extractText('These Laotian suppliers of rare metals to Vietnam identified by reporters include Halvern Group.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/copular-role');
    expectRel(extractText('The suppliers of rare metals to Vietnam include Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('takes "include" only after a plural group, and no name past another verb', () => {
    expect(relationsOf('The supplier of rare metals to Vietnam included Halvern Group.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('The suppliers of rare metals to Vietnam do not include Halvern Group.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('These suppliers of rare metals to Vietnam may include Halvern Group.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('These suppliers of rare metals to Vietnam shipped tin to Halvern Group.', 'SHIPPED_TO').map((r) => r.rule)).not.toContain('frame:supply/copular-role');
  });
});
