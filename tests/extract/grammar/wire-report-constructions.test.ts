/**
 * Constructions of sanctions wire reports: a reporter between a relative pronoun and its verb, a list given after a
 * time phrase, a named aside with its place ("A of Dubai"), a light verb before a supply noun. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: constructions of sanctions wire reports', () => {
  it('reads a relative whose verb follows a named reporter: "a distributor that the Treasury said had shipped G to B"', () => {
    const out = extractText('The sanctions target Qinto Electronics Ltd, a Shenzhen-based distributor that the Treasury said had shipped microchips to Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Electronics Ltd', 'Velmor Trade').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury', 'Velmor Trade');
  });

  it('reads the list after a time phrase: "to Russian defense firms since 2022, including B"', () => {
    const out = extractText('Qinto Electronics Ltd shipped microchips to Russian defense firms since 2022, including Sarvek Systems, a maker of guidance units.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Electronics Ltd', 'Sarvek Systems');
  });

  it('takes the name of an aside with its place as the subject: "Another company, A of Dubai, arranged shipments of G to B"', () => {
    const out = extractText('Another company, Pemberly Logistics FZE of Dubai, arranged shipments of aircraft parts to Velmor Trade, the department said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Logistics FZE', 'Velmor Trade').rule).toBe('frame:arrange-supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Dubai', 'Velmor Trade');
  });
});

describe('grammar: lists, readings that run against the grammar, and the owner an opening names', () => {
  it('reads "to Russian buyers, among them B" and "to firms such as B"', () => {
    expectRel(extractText('Anadolu Tekstil sold CNC machines worth $4 million to Russian buyers, among them the Velmor Arms Factory.'), 'SHIPPED_TO', 'Anadolu Tekstil', 'Velmor Arms Factory');
    expectRel(extractText('Anadolu Tekstil sold CNC machines to Russian firms such as Velmor Arms Factory.'), 'SHIPPED_TO', 'Anadolu Tekstil', 'Velmor Arms Factory');
  });

  it('drops an older reading that runs against the grammar\'s: "sold to B through a distributor, C"', () => {
    const out = extractText('Steppe Trading imported 48 lathes from Germany in 2023. The lathes were manufactured by Qinto Werkzeug, a German firm, and sold to Steppe Trading through an Austrian distributor, Alpina Handels GmbH.');
    expectRel(out, 'SHIPPED_TO', 'Alpina Handels GmbH', 'Steppe Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Steppe Trading', 'Alpina Handels GmbH');
  });

  it('lets "the company" refer to the owner named by an opening "A\'s director ..."', () => {
    const out = extractText("Qinto Werkzeug told reporters it had stopped all sales. Steppe Trading's director, Arman Ospan, declined to comment. The company's other customers include Velmor Arms Factory.");
    expectRel(out, 'SHIPPED_TO', 'Steppe Trading', 'Velmor Arms Factory');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Werkzeug', 'Velmor Arms Factory');
  });
});

describe('chunks: a buying verb the tagger reads as a noun after a name', () => {
  it('reads "A imports G from B" and "A buys G from B" as verbs', () => {
    const out = extractText('Ural Lenses imports components from Taiwan. It also buys lenses from Japan.');
    expect(expectRel(out, 'SHIPPED_TO', 'Taiwan', 'Ural Lenses').rule).toBe('frame:acquire/active');
    expectRel(out, 'SHIPPED_TO', 'Japan', 'Ural Lenses');
  });
});
