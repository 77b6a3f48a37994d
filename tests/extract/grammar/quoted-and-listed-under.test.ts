/**
 * Names and measures in quotation marks, lists "under" which a name is put, and a family name inside a longer
 * personal name: 'the companies "A" and "B" have been under sanctions', 'announced "full blocking sanctions" against
 * A', "A was listed under the SDN List", "Ms Kesh" for a person named in full as "Irina Kesh Bee Lin". Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from '../helpers.js';

describe('grammar: names and measures in quotation marks', () => {
  it('joins names each in quotation marks into one list ("A" and "B")', () => {
    const out = extractText('The companies "Halvern Leasing" and "Brask Shipping", which own the ship, have been under Laotian sanctions since May 2022.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Leasing');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Shipping');
  });

  it('takes a quoted list right after the verb as its object', () => {
    const out = extractText('Laos sanctioned “Halvern Leasing”, “Brask Shipping”, and Tessaly Optics.');
    for (const name of ['Halvern Leasing', 'Brask Shipping', 'Tessaly Optics']) expect(expectRel(out, 'SANCTIONED', 'Laos', name).rule).toMatch(/^frame:/);
  });

  it('reads a quoted measure after the verb: announced “full blocking sanctions” against A', () => {
    const out = extractText('On Wednesday, Laos announced “full blocking sanctions” against Irina Olskaya.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Irina Olskaya').rule).toBe('frame:impose/active');
  });

  it('still reads quoted speech after a verb of saying', () => {
    const out = extractText('Laos said "Halvern Group shipped drones to Vietnam".');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});

describe('grammar: lists a name is put under', () => {
  it('reads "A was listed under the Treasury\'s SDN List", with the list\'s keeper as the body', () => {
    const out = extractText('Halvern Group was listed under the Laotian Treasury’s Blocked Persons List as a front of Tessaly Optics.');
    expect(expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Halvern Group').rule).toBe('frame:list-under/passive');
  });

  it('takes goods listed under a list of controlled items for no sanction', () => {
    const out = extractText('Drones made by Halvern Group are listed under the Laotian Treasury’s list of controlled goods.');
    expectNoRel(out, 'SANCTIONED', 'Laotian Treasury', 'Halvern Group');
  });
});

describe('resolution: a family name inside a longer personal name', () => {
  it('takes "Ms Kesh" for the one person named "Irina Kesh Bee Lin"', () => {
    const out = extractText('Laos imposed sanctions on Ms Irina Kesh Bee Lin on Monday. Ms Kesh joined the list over her role at Halvern Group.');
    expect(mustEntity(out, 'Irina Kesh Bee Lin').aliases).toContain('Kesh');
  });

  it('links no such word that two people share', () => {
    const out = extractText('Laos imposed sanctions on Ms Irina Kesh Bee Lin and Mr Oleg Kesh Tan on Monday. Ms Kesh joined the list too.');
    expect(mustEntity(out, 'Irina Kesh Bee Lin').aliases ?? []).not.toContain('Kesh');
    expect(mustEntity(out, 'Oleg Kesh Tan').aliases ?? []).not.toContain('Kesh');
  });
});

describe('grammar: lists with a slash or a quoted last name', () => {
  it('reads "A/B, C, D, and "E"" as one list', () => {
    const out = extractText('Laos imposed sanctions on KTOptics/Tessaly Optics, Orvanne Trading, and "Kestrova Trading."');
    for (const name of ['KTOptics', 'Tessaly Optics', 'Orvanne Trading', 'Kestrova Trading']) expect(expectRel(out, 'SANCTIONED', 'Laos', name).rule).toBe('frame:impose/active');
  });
});
