/**
 * A charge with a gerund after "with", goods shipped by no one named from the country they were made in, a national
 * arriving, and a public body reporting what others did. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('charges, origins of goods and reporting bodies', () => {
  it('reads the gerund after "charged with" as the accused party\'s trade, past a place', () => {
    expectRel(extractText('Oleg Brask was charged with smuggling engines to Mongolia.'), 'SHIPPED_TO', 'Oleg Brask', 'Mongolia');
    expectRel(extractText('Oleg Brask was charged in Vietnam with smuggling engines to Mongolia.'), 'SHIPPED_TO', 'Oleg Brask', 'Mongolia');
    expectRel(extractText('Oleg Brask was charged in New Orvanne with smuggling engines to Mongolia.'), 'SHIPPED_TO', 'Oleg Brask', 'Mongolia');
    // (Not a noun after "with" elsewhere: a port filled with shipping containers ships nothing.)
    expect(relationsOf('The port of Laos was filled with shipping containers from Vietnam.', 'SHIPPED_TO')).toEqual([]);
  });

  it('draws goods shipped by no one named from the country they were made in: "two men smuggled Laotian-made engines to B"', () => {
    const out = extractText('Two Mongolian men were charged with smuggling dozens of Vietnamese-made engines to Laos.');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Mongolia', 'Laos');
    expectRel(extractText('The smugglers sent Laotian drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    // (A shipper named keeps the goods' country as its own supplier, as before.)
    const named = extractText('Halvern Group smuggled dozens of Vietnamese-made engines to Laos.');
    expectRel(named, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(named, 'SHIPPED_TO', 'Vietnam', 'Laos');
  });

  it('reads no flow where a national arrives, the tagger taking "national" for an adjective', () => {
    expect(relationsOf('The Laotian national arrived in Vietnam from Laos on a tourist visa last year.', 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText('Laotian drones arrived in Vietnam from Laos.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('keeps a public body that reports what others did out of their trade', () => {
    const out = extractText('Calling Oleg Brask a fugitive, the Vietnamese Justice Ministry said three officials reached him last May and told him to smuggle rifles to Laos.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads no apposition in the speaker of a closing attribution: "to the company, B said."', () => {
    expect(relationsOf('Halvern Group sold valves to the firm, Oleg Brask said.', 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText('Halvern Group sold radios to a trading company, Kestrova, in 2022.'), 'SHIPPED_TO', 'Halvern Group', 'Kestrova');
  });

  it('reads a recipient "among the recipients of A\'s shipments" past an adverb and a name in apposition', () => {
    expectRel(extractText("The Laotian Security Service was allegedly among the buyers of Halvern Group's radios."), 'SHIPPED_TO', 'Halvern Group', 'Laotian Security Service');
    expectRel(extractText("A body of Laos, the State Supply Office (SSO), was among the buyers of Halvern Group's radios."), 'SHIPPED_TO', 'Halvern Group', 'State Supply Office');
    // (Not the end of a relative clause before the copula.)
    expect(relationsOf("Kestrova, which sold radios to Laos, was among the buyers of Halvern Group's drones.", 'SHIPPED_TO').filter((r) => r.rule === 'frame:supply/copular-role')).toEqual([]);
    expectRel(extractText('Halvern Group is reportedly a key supplier of radios to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });


  it('reads goods "sent by A and destined for B" as A\'s to B', () => {
    expectRel(extractText('The ship was carrying rifles sent by Laos and destined for Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads "A said he had sold G to B" as the speaker\'s own trade', () => {
    expectRel(extractText('Oleg Brask said he had sold rifles to Laos.'), 'SHIPPED_TO', 'Oleg Brask', 'Laos');
    // (Not "it" for a person, nor "he" for a firm.)
    expect(relationsOf('Halvern Group said he had sold rifles to Laos.', 'SHIPPED_TO')).toEqual([]);
  });
});
