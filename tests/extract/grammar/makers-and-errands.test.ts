/**
 * Constructions of makers and their errands, each shown with sentences written for the test (invented names): goods
 * made for a buyer, a firm described by a copula ("is in fact a company that ..."), the subject of an infinitive of
 * purpose after a place ("flew to P to deliver"), goods made in one country and sent to another, and a question's
 * "which countries" that names no supplier.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: makers and errands', () => {
  it('reads goods made for a buyer as supplied to it: "A assembles sonar units for the Russian army"', () => {
    const out = extractText('Velkor Ltd assembles sonar units for the Russian army. Tarsin Ltd builds drones for Russian drone manufacturers.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Russian army').rule).toBe('frame:produce-for/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Russia').rule).toBe('frame:produce-for/active');
    // Goods made for other goods go to no one.
    const parts = extractText('Velkor Ltd makes parts for drones.');
    expect(parts.relations).toEqual([]);
  });

  it('reads no supply from a maker to its own country\'s forces, nor from a person behind makers', () => {
    const own = extractText('The Belarusian company Velkor Ltd assembles sonar units for the Belarusian army.');
    expectNoRel(own, 'SHIPPED_TO', 'Velkor Ltd', 'Belarusian army');
    const person = extractText('The two firms are Mirvex BG and Tornal Ltd owned by businessman Bertrand Olskiy, who has employed ' +
      'these companies in Serbia to produce gear for Russian military plants.');
    expectNoRel(person, 'SHIPPED_TO', 'Bertrand Olskiy', 'Russia');
  });

  it('reads a copula that says what a name is: "A is in fact a private engineering firm that builds G for B"', () => {
    const out = extractText('Marlen is in fact a private engineering firm that builds sonar units for the Russian military. ' +
      'Orvelta was also one of the biggest suppliers of chips.');
    expect(entity(out, 'Marlen')?.kind).toBe('company');
    expect(entity(out, 'Orvelta')?.kind).toBe('company');
    expect(expectRel(out, 'SHIPPED_TO', 'Marlen', 'Russian military').rule).toBe('frame:produce-for/active');
    // A company noun that only modifies the head says nothing of the name.
    expect(entity(extractText('Doran Velk was a company director.'), 'Doran Velk')?.kind).not.toBe('company');
  });

  it('gives an infinitive of purpose after a place the subject of the clause before: "A flew to P to deliver B a shipment"', () => {
    const out = extractText('Darnel Trading flew to Cyprus to deliver Vostin Ltd a shipment of 90 processors.');
    expect(expectRel(out, 'SHIPPED_TO', 'Darnel Trading', 'Vostin Ltd').rule).toBe('frame:supply-dative/active');
    expectNoRel(out, 'SHIPPED_TO', 'Cyprus', 'Vostin Ltd');
  });

  it('reads no supplier into a question: "a database compiled by A reveals which firms are selling B G"', () => {
    const out = extractText('A customs database compiled by Norlex Global reveals which firms are supplying Russia with lathes.');
    expectNoRel(out, 'SHIPPED_TO', 'Norlex Global', 'Russia');
    // A relative "which" still refers back to its name.
    const relative = extractText('Norlex Global, which supplies Russia with machine tools, was sanctioned.');
    expectRel(relative, 'SHIPPED_TO', 'Norlex Global', 'Russia');
  });
});

describe('grammar: goods made in one country and sent to another', () => {
  it('reads "rockets produced in A and sent to B" (a reduced passive) and "shells made in A were shipped to B"', () => {
    const out = extractText('Some 30,000 rockets quietly produced in Serbia and sent to Belarus. ' +
      'Shells made in Bulgaria and Romania were shipped to Moldova last spring.');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Belarus').rule).toBe('frame:supply/passive');
    expectRel(out, 'SHIPPED_TO', 'Bulgaria', 'Moldova');
    expectRel(out, 'SHIPPED_TO', 'Romania', 'Moldova');
  });

  it('draws nothing from a country the goods were made in when they stay there or go to no party', () => {
    const out = extractText('Drones assembled in Serbia and sent to the front. Chips made in Taiwan are widely used.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});
