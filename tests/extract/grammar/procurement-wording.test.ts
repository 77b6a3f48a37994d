/**
 * The wording of sanctions designations: "procured G on behalf of B", "made dozens of shipments of G to B",
 * "facilitated the shipment of G to B", "the supply chain of G from A to B". Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: procurement wording of designations', () => {
  it('reads "A procured G on behalf of B" as a flow to B, and keeps the purchase itself', () => {
    expect(expectRel(extractText('Qinto Power Ltd procured radar modules on behalf of Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule)
      .toBe('frame:acquire-on-behalf/active');
    const both = extractText('Qinto Power Ltd bought chips from Taiwan on behalf of Velmor Motors.');
    expectRel(both, 'SHIPPED_TO', 'Taiwan', 'Qinto Power Ltd');
    expectRel(both, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
    expectNoRel(extractText('Qinto Power Ltd tried to procure chips on behalf of Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
  });

  it('reads a light verb before a counted supply noun and "facilitated the shipment of G to B"', () => {
    const made = extractText('Since 2023, Qinto Power Ltd has made dozens of shipments of electronic components to Velmor Motors.');
    // (The clause's frame reads it first; the nominal frame reads the same where no clause does.)
    expect(expectRel(made, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule).toBe('frame:light-verb-supply/active');
    expectRel(extractText('Qinto Power Ltd facilitated the shipment of drone engines to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
    expectNoRel(extractText('Qinto Power Ltd did not facilitate the shipment of drone engines to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
  });
});

describe('grammar: a buyer of goods named with their owner', () => {
  it('reads "B is a Russian importer of A\'s electronics" as A -> B', () => {
    const out = extractText("Velmor Motors is a Russian importer of Qinto Power Ltd's electronics.");
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule).toBe('frame:supply/copular-role');
    expectNoRel(out, 'SHIPPED_TO', 'Velmor Motors', 'Qinto Power Ltd');
  });
});

describe('discourse: the makers of goods a flow moved', () => {
  it('reads "A shipped G to B. The shipments included chips made by C and D" as C -> B and D -> B', () => {
    const out = extractText('Kestrel Trading shipped electronics to Varkonia in 2023. The shipments included chips made by Qinto Corp and Sarvek Inc.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Corp', 'Varkonia').rule).toBe('frame:supply/goods-include-makers');
    expectRel(out, 'SHIPPED_TO', 'Sarvek Inc.', 'Varkonia');
    expectRel(extractText('Velmor Motors imported $2 million of electronics from Hong Kong in 2023. The imported goods included chips from U.S. companies Qinto Corp and Sarvek Inc.'),
      'SHIPPED_TO', 'Qinto Corp', 'Velmor Motors');
  });

  it('does not when the subject is no goods of the last flow', () => {
    const out = extractText('Kestrel Trading shipped electronics to Varkonia in 2023. The sanctions list included Qinto Corp and Sarvek Inc.');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Corp', 'Varkonia');
  });
});

describe('grammar: trade wording of investigations', () => {
  it('reads "A received an order from B" as B buying from A, and a payment from B as no goods', () => {
    const out = extractText('In April 2023, the small spare parts company Zolvek LLC received an order from the trading company Kelvaro LLC for seat systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC').rule).toBe('frame:order-from/active');
    expectNoRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Zolvek LLC');
    expect(expectRel(extractText('Parnita LLP won a contract from the Varnian Ministry of Defense to supply drones.'), 'SHIPPED_TO', 'Parnita LLP', 'Varnian Ministry of Defense').rule).toBe('frame:order-from/active');
    const paid = extractText('Zolvek LLC received a payment from Kelvaro LLC.');
    expectNoRel(paid, 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC');
    expectNoRel(paid, 'SHIPPED_TO', 'Kelvaro LLC', 'Zolvek LLC');
  });

  it('reads the buyer the goods were destined for in the country they went to: "exported G to Russia, mainly destined for B"', () => {
    const out = extractText('Dravok Hidrolik exported some 3 million dollars worth of pumps to Russia in 2021, mainly destined for Tarsis.');
    expectRel(out, 'SHIPPED_TO', 'Dravok Hidrolik', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravok Hidrolik', 'Tarsis').rule).toBe('frame:supply/active+destined');
  });

  it('ends a reduced relative at the main verb: "the goods sent by A are subject to UK export controls to Belarus"', () => {
    const out = extractText('At least $45mn of the parts recorded as sent by Zolvek LLC are subject to UK export controls to Belarus.');
    expectNoRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'United Kingdom');
  });

  it('reads a participle between a determiner and its noun as part of the phrase: "through its authorized distributor, B"', () => {
    const out = extractText('Zolvek LLC had been supplying its pressure sensors to Belarus through its authorized distributor, Kelvaro LLC.');
    expect(expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC').rule).toBe('frame:supply/active+via');
    expectRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Belarus');
  });

  it('reads "<name> Design Bureau" as a company, the subsidiary of its owner', () => {
    const out = extractText('The final recipient is Varnian Avionics Design Bureau, a subsidiary of Tarsis, which is under sanctions.');
    expect(out.entities.find((e) => e.name === 'Varnian Avionics Design Bureau')?.kind).toBe('company');
    expectRel(out, 'SUBSIDIARY_OF', 'Varnian Avionics Design Bureau', 'Tarsis');
  });
});

describe('grammar: clause edges in trade sentences', () => {
  it('ends a list at ", and" before a new subject and its verb: "to B by freight trains, and the United Kingdom tried to ..."', () => {
    const out = extractText('Earlier, it was reported that Iran was transporting rockets to Russia by freight trains, and the United Kingdom tried to stop this.');
    expectRel(out, 'SHIPPED_TO', 'Iran', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Iran', 'United Kingdom');
    expectNoRel(out, 'SHIPPED_TO', 'United Kingdom', 'Russia');
  });

});

describe('grammar: shipments counted, recipients stated, partners named with a person', () => {
  it('reads a light verb\'s supply event past a participle and a particle: "made 64 shipments of controlled electronics to B", "carried out roughly 150 shipments ... to B"', () => {
    expect(expectRel(extractText('Zolvek LLC made 64 shipments of controlled electronics to Kelvaro LLC in 2021 and 2022.'), 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC').rule)
      .toBe('frame:light-verb-supply/active');
    expectRel(extractText('A former employee claims that Parnita LLP has carried out roughly 150 shipments of bearings, valued at about $250,000, to Tarsis LLC since March 2021.'),
      'SHIPPED_TO', 'Parnita LLP', 'Tarsis LLC');
  });

  it('reads a verb of more or again before a supply event as the subject supplying: "A increased supplies of G to B", "resumed deliveries", "stepped up exports"', () => {
    const out = extractText('After the embargo, Norway increased supplies of the resin to Belarus. Kelvaro LLC resumed deliveries of valves to Armenia in May. ' +
      'Zolvek LLC stepped up exports of lathes to Kazakhstan.');
    expect(expectRel(out, 'SHIPPED_TO', 'Norway', 'Belarus').rule).toBe('frame:supply/nominal');
    expect(expectRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Armenia').rule).toBe('frame:supply/nominal');
    expect(expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Kazakhstan').rule).toBe('frame:supply/nominal');
    // (Stopping them is no supply.)
    expectNoRel(extractText('Kelvaro LLC halted deliveries of valves to Armenia in May.'), 'SHIPPED_TO', 'Kelvaro LLC', 'Armenia');
  });

  it('reads the light verb\'s passive: "58 shipments of G were made to B by A"', () => {
    const out = extractText('According to the ledgers, 58 shipments of Zolvek valves were made to Belarus between 2022 and 2024 by Kelvaro LLC, a client of the Danish firm.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Belarus').rule).toBe('frame:supply/nominal');
    // (No agent, no supplier.)
    expect(extractText('Some 58 shipments of valves were made to Belarus between 2022 and 2024.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads "it\'s sold G to B" as "it has sold", and an analog-to-digital word as no preposition', () => {
    const out = extractText('Dravok LLC was registered in April 2023. Since then, it\'s sold parts worth 40 million rubles to Kelvaro LLC.');
    expectRel(out, 'SHIPPED_TO', 'Dravok LLC', 'Kelvaro LLC');
    const conv = extractText('Parnita LLP supplied "analog-to-digital converters" and other components to Tarsis LLC.');
    expectRel(conv, 'SHIPPED_TO', 'Parnita LLP', 'Tarsis LLC');
  });

  it('reads the destination the next sentence states for goods shipped by a named supplier: "shipped by A. Its destination was B"', () => {
    const out = extractText('The resin had been shipped by Hollin Tarsis, a family-owned company. Its destination was Varno Fuse Plant, a munitions works.');
    expect(expectRel(out, 'SHIPPED_TO', 'Hollin Tarsis', 'Varno Fuse Plant').rule).toBe('frame:supply/stated-destination');
    expect(extractText('The resin had been shipped by Hollin Tarsis, a family-owned company. Its destination was unclear.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });

  it('reads "A (a US citizen) and his firm supplied G to B" with the person founded-by names', () => {
    const out = extractText('Kelvo Electronics, founded by Oren Varsky, is based in Ohio. Beginning in 2012, Varsky (a US citizen since 1998) and his firm allegedly supplied relays to Morrant Tarsis, a Kazan-based supply firm.');
    expect(out.entities.find((e) => e.name === 'Oren Varsky')?.kind).toBe('person');
    expectRel(out, 'SHIPPED_TO', 'Oren Varsky', 'Morrant Tarsis');
  });
});

describe('grammar: where bought goods were made, shares of a buyer\'s imports', () => {
  it('reads the countries bought goods were made in and the route after them: "B buys G produced in the US, Japan, and Italy via A"', () => {
    const out = extractText('Russia buys ball bearings produced in the US, Japan, and Italy via Tarsis Kimya.');
    for (const c of ['United States', 'Japan', 'Italy']) expect(expectRel(out, 'SHIPPED_TO', c, 'Tarsis Kimya').rule).toBe('frame:acquire/active+via');
    expectRel(out, 'SHIPPED_TO', 'Tarsis Kimya', 'Russia');
  });

  it('reads a share of a buyer\'s imports: "A accounted for about a third of Russia\'s resin imports", also as a participle', () => {
    expectRel(extractText('Zolvek LLC accounted for about a third of Russia\'s resin imports.'), 'SHIPPED_TO', 'Zolvek LLC', 'Russia');
    expectRel(extractText('Turkish firms emerged as the leading sources, accounting for about a third of Russia\'s resin imports since 2023.'), 'SHIPPED_TO', 'Türkiye', 'Russia');
    expectNoRel(extractText('Zolvek LLC said imports accounted for about a third of Russia\'s demand.'), 'SHIPPED_TO', 'Zolvek LLC', 'Russia');
  });
});

describe('grammar: the supplier and route of a trade the measure is for', () => {
  it('reads the measure\'s target as the gerund\'s subject: "imposed sanctions on A for supplying G to B", not the body', () => {
    const out = extractText('The Treasury imposed sanctions on Zolvek LLC for supplying drones to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury', 'Russia');
    expectRel(extractText('Kelvaro LLC faces sanctions for supplying drones to Russia.'), 'SHIPPED_TO', 'Kelvaro LLC', 'Russia');
  });

  it('reads a gerund tagged as a noun, its route past a relative clause on the goods, and the origin of an unnamed party\'s goods', () => {
    const out = extractText('The prosecutor has brought charges against three traders for smuggling precision optics that can likewise be used in weapons systems from the US to Belarus via Latvia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Latvia', 'Belarus').rule).toBe('frame:supply/active+via-only');
    expect(expectRel(out, 'SHIPPED_TO', 'United States', 'Latvia').rule).toBe('frame:supply/active+from-via');
  });
});

describe('grammar: the buyer a supply is for, and a modifier-letter apostrophe', () => {
  it('reads "supply G for B" with B a party, not "supplied parts for B drones"', () => {
    const out = extractText('Chinese firms supply machinery and other parts for Russian helicopter maker Tarvel Varno Group despite sanctions.');
    expect(expectRel(out, 'SHIPPED_TO', 'China', 'Tarvel Varno Group').rule).toBe('frame:supply/active');
    expectNoRel(extractText('Zolvek LLC supplied parts for Kelvaro drones.'), 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro');
  });

  it('reads "Russiaʼs B" written with U+02BC as a possessive, so B is the buyer', () => {
    const out = extractText('In 2021, the company Tarsis Crest Import and Export shipped £1.4 million worth of gearboxes to Russiaʼs Dolvin Varno Plant.');
    expectRel(out, 'SHIPPED_TO', 'Tarsis Crest Import and Export', 'Dolvin Varno Plant');
    expect(out.entities.find((e) => e.name === 'Russia')?.kind).toBe('country');
  });
});

describe('grammar: the buyer after a purpose of making', () => {
  it('reads "shipping parts to build missiles for B": B is the buyer; no buyer where none is named', () => {
    const out = extractText('Zolvek LLC supplied parts to build missiles for the Russian army.');
    expect(expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Russian army').rule).toBe('frame:supply/active');
    expect(extractText('Zolvek LLC shipped components to make drones.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });
});

describe('grammar: the country goods were made in', () => {
  it('reads "A shipped US items to Russia" as the goods leaving the US for A, and A on to Russia', () => {
    const out = extractText('Fenmoor Logistics allegedly shipped US sensors to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Fenmoor Logistics', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'United States', 'Fenmoor Logistics').rule).toBe('frame:supply/active+origin');
    // (A country shipping its own goods is no hop: "Iran shipped Iranian drones to Russia".)
    expectNoRel(extractText('Iran shipped Iranian drones to Russia.'), 'SHIPPED_TO', 'Iran', 'Iran');
  });

  it('reads a country named outright after "for" as where supplied goods went: "A has provided four cranes for B"', () => {
    const out = extractText('One more Korean firm, Dravin Lift, has provided four harbour cranes for Belarus since 2022.');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravin Lift', 'Belarus').rule).toBe('frame:supply/active');
    // A "for" phrase with a head noun of its own is what the goods are for, not where they went.
    expectNoRel(extractText('Dravin Lift Co. provided spare parts for Belarusian cranes.'), 'SHIPPED_TO', 'Dravin Lift Co.', 'Belarus');
  });

  it('reads a trade role in apposition to a name as the copula does: "A, a customer of B, ...", "A, a key supplier to C, ..."', () => {
    const out = extractText('Velkor Oto, a customer of Dravik Motors, shipped valves to Belarus. Ostrel Ltd, a key supplier to the Tarsk Works, was fined.');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravik Motors', 'Velkor Oto').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'Ostrel Ltd', 'Tarsk Works').rule).toBe('frame:supply/copular-role');
    // A description of something else in apposition is no role: "A, a maker of valves," names no buyer.
    expect(extractText('Velkor Oto, a maker of valves, opened a plant.').relations).toEqual([]);
  });

  it('reads "A, a Chinese supplier of B, a defence firm" as A supplying B, while "a supplier of chips to B" keeps "of" for the goods', () => {
    const out = extractText('The ministry fined Velkor Oto, a Chinese supplier of Dravik Motors, a Russian defence firm.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Oto', 'Dravik Motors').rule).toBe('frame:supply/copular-role');
    const goods = extractText('Ostrel Ltd is a supplier of chips to Tarsk Works.');
    expect(expectRel(goods, 'SHIPPED_TO', 'Ostrel Ltd', 'Tarsk Works').rule).toBe('frame:supply/copular-role');
  });

  it('reads "A, a distributor of B products" as B supplying A, and a dealer of B likewise', () => {
    const out = extractText('Velkor Oto, a distributor of Dravik Motors products, sold valves at home. Ostrel Ltd is a dealer of Tarsk Works.');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravik Motors', 'Velkor Oto').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsk Works', 'Ostrel Ltd').rule).toBe('frame:supply/copular-role');
  });

  it('reads "Country\'s A aircraft company sent G to a unit of B" as A supplying B, and no ownership between them', () => {
    const out = extractText('On 3 May, Korea\'s Dorvik aircraft company sent landing gear worth $2 million to a unit of Ostec Holding.');
    expect(expectRel(out, 'SHIPPED_TO', 'Dorvik', 'Ostec Holding').rule).toBe('frame:supply/active');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    // "A, a subsidiary of B" still is one.
    expectRel(extractText('Velkor Trade, a subsidiary of Ostec Holding, sent landing gear to Belarus.'), 'SUBSIDIARY_OF', 'Velkor Trade', 'Ostec Holding');
  });

  it('reads "A\'s conduct has included providing G such as H to B" as A supplying B', () => {
    const out = extractText('Velkor Trade LLC\'s conduct has included providing spare parts such as gaskets to Ostmark Works, the ministry said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Trade LLC', 'Ostmark Works').rule).toBe('frame:supply/active');
    // A sanctions notice about a firm's role names no trade of its own.
    expect(extractText('Velkor Trade LLC was sanctioned for its role in the scheme.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads "the trade in G to B by C" as a supply event, and "trade between A and B" or "trade with B" as none', () => {
    expect(expectRel(extractText('Records show a rise in the trade in drone parts to Belarus by Kazakh firms.'), 'SHIPPED_TO', 'Kazakhstan', 'Belarus').rule)
      .toBe('frame:supply/nominal');
    expect(extractText('The trade between Velkor Ltd and Tarsk Ltd grew. Trade with Belarus fell by half.').relations).toEqual([]);
  });

  it('reads a signed contract as the supply it binds the signer to: "A signed a contract on May 4 to supply B with G"', () => {
    const out = extractText('Kestrel Optics signed a contract on May 4 to supply Halden Works LLC with 400 lens housings.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kestrel Optics', 'Halden Works LLC').rule).toBe('frame:supply-party/active');
    // Not one merely expected, nor one not signed.
    expectNoRel(extractText('Kestrel Optics may sign a contract to supply lens housings to Halden Works LLC.'), 'SHIPPED_TO', 'Kestrel Optics', 'Halden Works LLC');
    expectNoRel(extractText('Kestrel Optics did not sign a contract to supply lens housings to Halden Works LLC.'), 'SHIPPED_TO', 'Kestrel Optics', 'Halden Works LLC');
  });

  it('reads "facilitated the acquisition of G from K by B" as K supplying B, the facilitators buying nothing', () => {
    const out = extractText('The sanctions target two individuals, Yury Olskiy and Irina Olskaya, who facilitated "the acquisition of UAVs from Laos" by the mercenary Brask Logistics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Brask Logistics').rule).toBe('frame:acquire/nominal');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Yury Olskiy');
    // (The older rules read the helper of a purchase as its buyer: "A facilitated the purchase of G from K".)
    expectNoRel(extractText('Halvern Group facilitated the purchase of drones from Laos.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
    // (An acquisition of a company is no goods bought.)
    expect(extractText('The acquisition of Brask Logistics from Halvern Group by Tessaly Optics closed in May.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads "obtained G from K-companies for Russia\'s defense sector" with an unnamed buyer as K supplying the country', () => {
    const out = extractText('The defendants are believed to have conspired to obtain military-grade technologies from Laotian companies for Mongolia\'s defense sector.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:acquire/active');
    // (A named buyer stays the buyer, and buys for the country.)
    const named = extractText('Halvern Group obtained chips from Laotian companies for Mongolia\'s defense sector.');
    expectRel(named, 'SHIPPED_TO', 'Laos', 'Halvern Group');
    expectRel(named, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    // (Not a country's civilian buyers: "for Mongolia's hospitals".)
    expectNoRel(extractText('The defendants obtained scanners from Laotian companies for Mongolia\'s hospitals.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads a trade noun joined to another before the goods: "involved in the transfer and testing of missiles from A to B"', () => {
    const out = extractText('The United States imposed sanctions on three entities involved in the transfer and testing of ballistic missiles from Laos to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/nominal');
    // (Not a noun of another kind joined to it: "the testing and repair of missiles" moves nothing.)
    expectNoRel(extractText('The testing and repair of ballistic missiles from Laos to Mongolia went on.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});

describe('grammar: a supply chain of named goods', () => {
  it('reads "the supply chain of displays from A to B" as a flow, not a chain named in passing', () => {
    expect(expectRel(extractText('The inquiry traced the secret supply chain of thermal sights to Vietnam from Laos.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule)
      .toBe('frame:supply/nominal');
    expectNoRel(extractText('The supply chain of Vietnam’s drone makers runs through Laos.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});

describe('grammar: a word of buying that names a firm\'s trade', () => {
  it('reads no purchase in "a procurement firm whose agents ...", and still one in "the procurement of G from A"', () => {
    const owner = 'Martin Varno, owner of a Vientiane procurement firm whose agents helped start the purchase of optics from Thailand vendors for clients in Vietnam, was held.';
    expectNoRel(extractText(owner), 'SHIPPED_TO', 'Thailand', 'Martin Varno');
    const runs = 'Martin Varno runs a Vientiane procurement firm whose staff arranged the purchase of optics from Thailand vendors for clients in Vietnam.';
    expectNoRel(extractText(runs), 'SHIPPED_TO', 'Thailand', 'Laos');
    expect(expectRel(extractText('Martin Varno handled the procurement of optics from Thailand.'), 'SHIPPED_TO', 'Thailand', 'Martin Varno').rule).toBe('legacy:acquire-noun');
  });
});
