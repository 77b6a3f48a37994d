/**
 * Goods sent on from where the last flow left them: "A shipped G to B, from where they were re-exported to C", "...,
 * and from there they went to C", "A shipped G to B for onward delivery to C", "to B and then on to C", "A shipped G to B. The company then
 * re-exported them to C" (B sends on what it received), "A shipped G to K, where they were re-exported to C" (the place
 * sends them on). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: goods sent on from the last recipient', () => {
  it('reads "from where they were re-exported to C" and "and from there they went to C"', () => {
    const where = extractText('Halvern Group shipped the bearings to Armenia, from where they were re-exported to Belarus.');
    expect(expectRel(where, 'SHIPPED_TO', 'Armenia', 'Belarus').rule).toBe('frame:supply/onward-from-recipient');
    const there = extractText('Halvern Group shipped bearings to Brask Logistics, and from there they went to Tessaly Optics.');
    expectRel(there, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
  });

  it('reads "A shipped G to B for onward delivery to C", but nothing where no flow came first', () => {
    const out = extractText('Halvern Group shipped bearings to Brask Logistics for onward delivery to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics').rule).toBe('frame:supply/onward-from-recipient');
    expectNoRel(extractText('Halvern Group paid Brask Logistics for delivery to Tessaly Optics.'), 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
    expectRel(extractText('Halvern Group sold bearings to Brask Logistics for re-export to Belarus.'), 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
  });

  it('reads a second destination with no verb of its own: "to B and then on to C", "to B and onward to C"', () => {
    for (const leg of ['and then on to', ', then on to', 'and onward to', ', and from there to', 'and on to']) {
      const out = extractText(`Brask Logistics shipped the scopes to Vietnam ${leg} Mongolia.`.replace(' ,', ','));
      expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Mongolia').rule).toBe('frame:supply/onward-from-recipient');
      expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    }
    // ("and to C" is a second destination of the same shipper; a verb after "then" is the shipper's own next act.)
    const both = extractText('Brask Logistics shipped the scopes to Vietnam and to Mongolia.');
    expectRel(both, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
    expectNoRel(both, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    const next = extractText('Brask Logistics shipped the scopes to Vietnam and then sold drones to Mongolia.');
    expectNoRel(next, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    // (After a stop on the way too, from the recipient; not after a time, where the shipper has a second destination.)
    const through = extractText('Brask Logistics shipped the scopes to Vietnam via Laos and then on to Mongolia.');
    expectRel(through, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    expectNoRel(through, 'SHIPPED_TO', 'Laos', 'Mongolia');
    const later = extractText('Brask Logistics sold drones to Vietnam in 2020 and then to Mongolia in 2022.');
    expectNoRel(later, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    expectRel(later, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
    // ("then to C" alone may be the seller's next buyer: no onward leg.)
    const buyer = extractText('Halvern Group sold drones to Brask Logistics and then to Tessaly Optics.');
    expectNoRel(buyer, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
    // (Nor after another party's trip, before or after the flow.)
    const trip = extractText('Halvern Group shipped drones to Brask Logistics after Martin Varno flew to Laos and then on to Vietnam.');
    expectNoRel(trip, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    const before = extractText('Martin Varno travelled to Laos, then on to Vietnam, where Halvern Group sold drones to Brask Logistics.');
    expectNoRel(before, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });

  it('reads "A shipped G to B. The company then re-exported them to C" as B sending them on', () => {
    const out = extractText('Halvern Group shipped bearings to Brask Logistics. The company then re-exported them to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
    // (A recipient that is a country sends nothing on by itself: the company is the shipper again.)
    const country = extractText('Halvern Group shipped bearings to Armenia. The company then re-exported them to Belarus.');
    expectRel(country, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });
});

describe('grammar: goods sent on from the firms they reached, after "from which"', () => {
  it('reads "delivered the parts to front companies in K and L, from which they were sent to B" whoever delivered them', () => {
    const out = extractText('He then delivered the parts to front companies in Laos, Mongolia and the United Arab Emirates, from which they were sent to Russian military suppliers.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Russia').rule).toBe('frame:supply/onward-from-recipient');
    expectRel(out, 'SHIPPED_TO', 'United Arab Emirates', 'Russia');
  });

  it('reads "to A, from which they were sent to B" after a named recipient, and nothing from a loan', () => {
    expectRel(extractText('Halvern Group delivered the parts to Brask Logistics, from which they were sent to Russian military suppliers.'), 'SHIPPED_TO', 'Brask Logistics', 'Russia');
    expectNoRel(extractText('Halvern Group delivered the parts to Brask Logistics, from which it had received a loan from Russia.'), 'SHIPPED_TO', 'Brask Logistics', 'Russia');
  });
});


describe('grammar: goods sent on from a described recipient', () => {
  it('reads "A delivered machines to a Mongolian importer. The machines were shipped to B" through the importer\'s country', () => {
    const out = extractText('In 2023, Halvern Group delivered two machines to a Mongolian importer, which was only a shell company. The machines were quickly shipped to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Russia');
  });

  it('keeps the goods the supplier\'s where the recipient is a country named outright: "A supplied Mongolia with pumps"', () => {
    const out = extractText('Halvern Group supplied Mongolia with pumps. The pumps were later shipped to Russia.');
    expectNoRel(out, 'SHIPPED_TO', 'Mongolia', 'Russia');
  });
});

describe('grammar: goods of flows told before, received by a named buyer', () => {
  it('reads the goods of a supplier named after its counted description: "one of the firms sent drones to K. This firm, A, ... The drones were sent to B"', () => {
    const out = extractText('The study says that one of the Mongolian firms sent 800 drones to Laos before the war. ' +
      'This company, Kestrova LLC, calls itself a toy wholesaler.\n\nThe drones were sent to the Laotian company Brask Logistics, a shell firm.');
    expectRel(out, 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
    expect(expectRel(out, 'SHIPPED_TO', 'Kestrova LLC', 'Brask Logistics').rule).toBe('frame:supply/passive');
  });

  it('reads "All of the deliveries were received by B" for every supplier the two sentences before sent to a country', () => {
    const told = 'Kestrova LLC supplied Laos with two helicopters in May. Another Mongolian company, Brask Logistics, has provided ' +
      'four helicopters for Laos since the war began.\n\n';
    const out = extractText(told + 'All of the deliveries were received by the Laotian company Halvern Group.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kestrova LLC', 'Halvern Group').rule).toBe('frame:acquire/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:acquire/passive');
    // ("Some deliveries were received by B" says nothing of all of them.)
    const some = extractText(told + 'Some deliveries were received by the Laotian company Halvern Group.');
    expectNoRel(some, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });
});

describe('grammar: goods sent on by a buyer whose seller is not named', () => {
  it('reads "A bought the lathe from the Laotian firm. The lathe was then shipped to C" as A shipping to C', () => {
    const out = extractText('Halvern Group bought a lathe from the Laotian firm in 2007. The lathe was then shipped to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule).toBe('frame:supply/passive');
  });

  it('reads the buyer past an aside with a quotation closed after its comma, or with an -ing form', () => {
    const quoted = extractText('Kaveh R., tapped by a "senior officer," bought a lathe from the Laotian firm in 2007. The lathe was then shipped to Mongolia.');
    expectRel(quoted, 'SHIPPED_TO', 'Kaveh R.', 'Mongolia');
    const ing = extractText('Kaveh R., a trader working for a Mongolian agency, bought a lathe from the Laotian firm. The lathe was then shipped to Mongolia.');
    expectRel(ing, 'SHIPPED_TO', 'Kaveh R.', 'Mongolia');
  });
});

describe('grammar: goods sent on from the place "where" stands for', () => {
  it('reads "shipped G to K, where they were re-exported to B" as K supplying B, whoever shipped them there', () => {
    const named = extractText('Brask Logistics shipped the converters to Laos, where they were then re-exported to Vietnam.');
    expectRel(named, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expect(expectRel(named, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/passive');
    expectRel(extractText('Martin Varno had a unit of the Thai firm ship the converters to Laos where they were later re-exported to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads no place for other goods, for a buyer named, or for a place no goods went to', () => {
    expectNoRel(extractText('Brask Logistics moved to Laos, where drones were sold to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(extractText('Brask Logistics shipped the converters to Laos, where they were bought by Halvern Group.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
    expectNoRel(extractText('Brask Logistics is based in Laos, where they were re-exported to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});
