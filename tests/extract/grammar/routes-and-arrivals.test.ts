/**
 * Routes and arrivals, each shown with sentences written for the test (invented names): goods that reach a country
 * through firms in other countries, where the prepositional phrase after the route belongs to the route, not to the
 * destination; a second destination joined by "and to"; goods taken out of a place ("removed G from B"); an aside
 * that narrows the goods of a trade event ("the delivery of G, in particular H, to B"); goods imported into a country.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: routes and arrivals', () => {
  it('reads the object of "reach" as the destination before an "in" phrase on the route: "G reached B through firms in C and D"', () => {
    const out = extractText('The pump housings, cast by Velkor Foundry, later reached Belarus through trading firms in Armenia and Georgia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Armenia', 'Belarus').rule).toBe('frame:arrive/active+via-only');
    expectRel(out, 'SHIPPED_TO', 'Georgia', 'Belarus');
    // The two countries of the route are alternatives, not one leg after the other.
    expectNoRel(out, 'SHIPPED_TO', 'Armenia', 'Georgia');
    expectNoRel(out, 'SHIPPED_TO', 'Georgia', 'Armenia');
    // "arrived in B" still gives the destination.
    expectRel(extractText('Velkor valves arrived in Belarus through Armenia.'), 'SHIPPED_TO', 'Armenia', 'Belarus');
  });

  it('joins a second destination given with "and to": "A supplied G to B in 2022 and to C in 2023"', () => {
    const out = extractText('Velkor Ltd supplied gate valves to Belarus in 2022 and to Serbia in 2023.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus').rule).toBe('frame:supply/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Serbia').rule).toBe('frame:supply/active');
  });

  it('reads goods taken out of a place as coming from it: "A removed rifles and armour from B"', () => {
    const out = extractText('In August, Belarus removed rifles and armoured vehicles from Serbia on a chartered freighter.');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Belarus').rule).toBe('frame:withdraw-from/active');
    // People withdrawn, or a name taken off a list, are no goods.
    expect(extractText('Belarus withdrew its soldiers from Serbia.').relations).toEqual([]);
    expect(extractText('The EU removed Velkor Ltd from its list.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads the onward leg "to A and B, from where everything goes to C" from the places the goods reached', () => {
    const out = extractText('Corvel Tooling sells lathes to countries in the Caucasus, including Armenia and Georgia, from where nearly everything goes to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Corvel Tooling', 'Armenia');
    expectRel(out, 'SHIPPED_TO', 'Corvel Tooling', 'Georgia');
    for (const via of ['Armenia', 'Georgia']) expect(expectRel(out, 'SHIPPED_TO', via, 'Russia').rule).toBe('frame:transit/onward-from-where');
    // Not from a "from where" that asks.
    expectNoRel(extractText('Corvel Tooling sells lathes to Armenia, from where it is unclear whether they go to Russia.'), 'SHIPPED_TO', 'Armenia', 'Russia');
  });

  it('keeps the purpose of the goods inside the object: "sold machines needed to make shells to B"', () => {
    const out = extractText('Reports say Corvel Tooling has been selling precision machines needed to produce artillery shells to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Corvel Tooling', 'Belarus').rule).toBe('frame:supply/active');
  });

  it('reads middlemen in countries a description announces: "G arriving in B through middlemen in countries that ..., including C and D"', () => {
    const out = extractText('Trade data show gyroscopes and fuel pumps arriving in Belarus through middlemen in countries that never joined the embargo, including Armenia and Serbia.');
    for (const via of ['Armenia', 'Serbia']) expect(expectRel(out, 'SHIPPED_TO', via, 'Belarus').rule).toBe('frame:arrive/active+via-only');
  });

  it('reads the two ends of a consignment named by their roles: "The sender was a company from X, and the recipient was from Y"', () => {
    const out = extractText('Officials said the shipper of the crates was a firm from Portugal, and the consignee was from Georgia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Portugal', 'Georgia').rule).toBe('frame:supply/consignment-roles');
    expectRel(extractText('The shipper was Corvel Tooling, and the consignee was Halden Works LLC.'), 'SHIPPED_TO', 'Corvel Tooling', 'Halden Works LLC');
    // A role left unnamed draws nothing.
    expect(extractText('The shipper was not identified, and the consignee was from Georgia.').relations).toEqual([]);
  });
});

describe('grammar: an aside that narrows the goods of a trade event', () => {
  it('reads "the delivery of Serbian arms, in particular shells, to B" past the aside; a time between commas still ends it', () => {
    const out = extractText('The ministry arranged the delivery of Serbian arms, in particular shells, to Moldova. ' +
      'Exports of Bulgarian rifles, mostly old stock, to Georgia rose. The sale of Romanian rockets, in 2022, to Armenia fell.');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Moldova').rule).toBe('frame:supply/nominal');
    expectRel(out, 'SHIPPED_TO', 'Bulgaria', 'Georgia');
    expectNoRel(out, 'SHIPPED_TO', 'Romania', 'Armenia');
  });
});

describe('grammar: goods imported into a country', () => {
  it('reads "G were imported into B through A" as a route to B, and "from C" as the source', () => {
    const out = extractText('The aircraft were imported into Belarus through Georgia. The lenses were imported into Moldova from Serbia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Georgia', 'Belarus').rule).toBe('frame:acquire/passive+via-only');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Moldova').rule).toBe('frame:acquire/passive');
  });
});

describe('grammar: goods that "go", and present-tense verbs the tagger takes for nouns', () => {
  it('reads "the lathes went directly from A to B" when the subject is goods, not "batches that records show going to B"', () => {
    const out = extractText('Nepal bought lathes from Japan. At first, the lathes went directly from Taiwan to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Taiwan', 'Mongolia').rule).toBe('frame:transit/active');
    const records = extractText('The serial numbers fall within batches that Nepalese records show going to Orvane Trading Ltd.');
    expectNoRel(records, 'SHIPPED_TO', 'Nepal', 'Orvane Trading Ltd');
    const firm = extractText('The Orvane company went from Taiwan to Mongolia.');
    expectNoRel(firm, 'SHIPPED_TO', 'Taiwan', 'Mongolia');
  });

  it('reads "funnels" and "sends" after a name as the verb: "Pyongyang funnels shells to B"', () => {
    const out = extractText('Under the deal, Pyongyang funnels artillery rounds to Belarus. Laos sends drones to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'North Korea', 'Belarus').rule).toBe('frame:supply/active');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
    // ("A and B transport goods from P to C": after a firm's name ending in a noun.)
    const carried = extractText('Halvern Group and Brask Logistics transport drones from Tallinn to Kestrova-Northwest.');
    expectRel(carried, 'SHIPPED_TO', 'Brask Logistics', 'Kestrova-Northwest');
    expectRel(carried, 'SHIPPED_TO', 'Halvern Group', 'Kestrova-Northwest');
  });
});

describe('grammar: goods made in one place and shipped to another', () => {
  it('reads "was made in A and shipped to B" and "were built by A and sent to B": the place or the maker supplies B', () => {
    const out = extractText('The relay was made in Laos and shipped to Nepal. The gimbals were built by Orvane Systems and sent to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Nepal').rule).toBe('frame:supply/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvane Systems', 'Mongolia').rule).toBe('frame:supply/passive');
  });

  it('reads "made at Lao factories, then sent to B", "... and then sent to B" and "... before being sent to B"', () => {
    const out = extractText('The drones were produced at Lao factories, then sent to Nepal. The gimbals were assembled in Mongolian plants and then sent to Belarus. ' +
      'The rotors were designed by Bhutanese engineers, and were built at Armenian factories in partnership with local firms before being sent to Georgia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Nepal').rule).toBe('frame:supply/passive');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Armenia', 'Georgia');
  });

  it('reads a list of participles after a passive clause: "a relay which was made in A in May, shipped to B, fitted ..."', () => {
    const out = extractText('The drone held a relay which was made in Laos in May, shipped to Nepal, fitted into the frame, and later moved to Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Nepal');
  });
});

describe('grammar: the owner of the goods, and a group of owners named next', () => {
  it('reads "A, whose machines were shipped to B," and "were imported to B from C"', () => {
    const out = extractText('Orvane Maschinenbau, whose lathes were shipped to Belarus last year, denied wrongdoing. Drills were imported to Nepal from Laos.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvane Maschinenbau', 'Belarus').rule).toBe('frame:supply/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Nepal').rule).toBe('frame:acquire/passive');
  });

  it('names "30 Austrian makers whose machines were imported to B" by the next sentence\'s "The makers include: A, C, D, etc."', () => {
    const out = extractText('The broadcaster found 30 Austrian makers whose presses were imported to Belarus in 2023. ' +
      'The makers include: Orvane Maschinenbau, Pellick GmbH, Vesk AG, etc.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvane Maschinenbau', 'Belarus').rule).toBe('frame:acquire/passive+named-next');
    expectRel(out, 'SHIPPED_TO', 'Pellick GmbH', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Vesk AG', 'Belarus');
  });
});

describe('grammar: counts and countries of origin', () => {
  it('reads "more than 200 Lao-registered firms shipped G to B" with the counted firms as the subject', () => {
    const out = extractText('A customs dataset found more than 200 Nepal-registered firms shipped nearly $1bn of goods to Belarusian buyers last year.');
    expect(expectRel(out, 'SHIPPED_TO', 'Nepal', 'Belarus').rule).toBe('frame:supply/active');
  });

  it('reads "A has been exporting G from X to B": A and the country X both supply B', () => {
    const out = extractText('Orvane Life Sciences has been exporting server chips from Malaysia to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Orvane Life Sciences', 'Belarus');
    expect(expectRel(out, 'SHIPPED_TO', 'Malaysia', 'Belarus').rule).toBe('frame:supply/active+from-country');
  });
});

describe('grammar: one end of the last flow named by its role', () => {
  it('reads "Laos bought chips from Mongolia. The importer was A" and "... The exporter was A", not past a named buyer', () => {
    const importer = extractText('Laos has purchased chips from Mongolia for nearly $300,000. And the importer is Halvern Group, a partner of an engine plant.');
    expect(expectRel(importer, 'SHIPPED_TO', 'Mongolia', 'Halvern Group').rule).toBe('frame:supply/consignment-roles');
    expectRel(extractText('Laos has purchased chips from Mongolia. The exporter was Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Brask Logistics bought chips from Tessaly Optics. The importer was Halvern Group.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });
});
