/**
 * Precision guards on the older token-window flow rules, each shown with sentences written for the test (invented
 * names): where such a rule would take a party from outside the construction that names the flow, no flow is drawn.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText, mustEntity, relationsOf } from '../helpers.js';

describe('guards: subjects that name no one', () => {
  it('reads no supplier into "criticises states sending weapons to B", "two Americans held in C (D) were charged for shipping G to B"', () => {
    const aid = extractText('Lunaria often criticises states sending weapons to Ostrava.');
    expect(aid.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const arrest = extractText('Two Americans held in Springfield (Ohio) were charged last week for shipping avionics to Russia.');
    expect(arrest.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // "to the Russians" still names a recipient.
    const nation = extractText('Reporters found that Halder Werke supplied furnaces to the Russians.');
    expect(nation.relations.filter((r) => r.type === 'SHIPPED_TO').map((r) => r.source)).toEqual([entity(nation, 'Halder Werke')!.id]);
  });

  it('reads no supplier into "A detained a businessman who supplied G to B": the relative clause is on an unnamed person', () => {
    const out = extractText('The State Border Service of Moldova detained a businessman who supplied cement to Belarus.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // ("A is a company that supplied G to B": the description is A's.)
    expectRel(extractText('Kelvaro Ltd is a company that supplied cement to Belarus.'), 'SHIPPED_TO', 'Kelvaro Ltd', 'Belarus');
  });
  it('takes no earlier supplier for "G are shipped to B by firms set up abroad", an agent that names no one', () => {
    const out = extractText('Velkor Aero sent spare parts to Tarsline. Reporters say such components are regularly shipped to Russia by firms set up abroad.');
    expectRel(out, 'SHIPPED_TO', 'Velkor Aero', 'Tarsline');
    expectNoRel(out, 'SHIPPED_TO', 'Velkor Aero', 'Russia');
  });
  it('takes no earlier body for "charged two businessmen with selling G to B", a counted phrase that names no one', () => {
    const out = extractText('The Federal Prosecutor\'s Office filed the case in March. Federal prosecutors charged two businessmen with selling radio parts to Orvex Ltd.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('takes the targets of a measure, not the firm the sentence before named, as who supplied in its reason: "imposed controls on 12 firms based in K for supplying B"', () => {
    const out = extractText('Last year the Laotian unit of a Thai firm, called Halvern, was sanctioned by Japan.\n\n' +
      'The Japanese trade ministry said it has imposed export controls on 12 firms based in Laos, Thailand and other countries for supplying Vietnam\'s army with relays.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern', 'Vietnam\'s army');
    // (Each country the targets' seat lists, not only the last: a country after a country is the list going on.)
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam\'s army');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam\'s army');
    // (Not a list the targets are put on.)
    const listed = extractText('The Commerce Department placed Halvern Group on the Entity List for supplying drones to Laos.');
    expectNoRel(listed, 'SHIPPED_TO', 'Entity List', 'Laos');
    expectRel(listed, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads "310 sanctioned engine parts" as goods, and the place in "a P-born defendant" as no supplier', () => {
    const out = extractText('A court jailed an Orvex-born trader in May for shipping some 310 sanctioned engine parts to two Belarusian firms.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === entity(out, 'Orvex')?.id)).toEqual([]);
    // (Nor where the older rules read the clause: a time phrase stands between the verb and its gerund.)
    const late = extractText('A court sentenced an unnamed Orvex-born defendant to two years in prison last week for shipping some 310 sanctioned engine parts to two Belarusian firms.');
    expect(late.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === entity(late, 'Orvex')?.id)).toEqual([]);
  });
});

describe('flow guards: a supply noun', () => {
  it('keeps a possessor as the supplier ("its exports to B") and the older rule that read it', () => {
    const out = extractText('Harnwell Optics, a maker of lenses, has seen its exports to Kazakhstan rise.');
    expect(expectRel(out, 'SHIPPED_TO', 'Harnwell Optics', 'Kazakhstan').rule).toBe('legacy:supply-noun/possessor');
  });

  it('does not make the maker named inside the goods ("shipments of G produced by M to B") their shipper', () => {
    const out = extractText('Ostrava Link acted as an intermediary for shipments of sensors produced by Qinlan Microdevices to the Russian firm Korvam.');
    expectNoRel(out, 'SHIPPED_TO', 'Qinlan Microdevices', 'Korvam');
  });
});

describe('flow guards: a list of nouns is no verb', () => {
  it('reads "for the sale, export or transfer to B" as nouns: the sentence\'s subject ships nothing', () => {
    const out = extractText('The Trade Ministry set rules on avionics, including a licence for the sale, export or transfer (abroad) to Belarus ' +
      'of any such parts. Harnwell Optics bought the lenses and transfer them to Belarus.');
    expectNoRel(out, 'SHIPPED_TO', 'Trade Ministry', 'Belarus');
    // (A verb before its own object stays a verb.)
    expectRel(out, 'SHIPPED_TO', 'Harnwell Optics', 'Belarus');
  });
});

describe('flow guards: an -ing word that modifies a noun', () => {
  it('reads "supplies rangefinders and leveling instruments to B" as one supply, keeping verbs of trade and progressives', () => {
    const out = extractText('A Danish sister firm, Tellbrook Optics, supplies rangefinders and leveling instruments to Belarus. ' +
      'Quessant Corp was buying drones and shipping parts to Moldova. ' +
      'The Treasury had fined Harnwell Optics for its sales of lenses and providing support to Armenia.');
    expectRel(out, 'SHIPPED_TO', 'Tellbrook Optics', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Moldova');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Armenia');
  });
});

describe('flow guards: what a firm receives that is no goods', () => {
  it('reads "acquired Belarusian citizenship" as nothing supplied, unlike "acquired Belarusian drones"', () => {
    const out = extractText('Oren Kastel acquired Belarusian citizenship after fleeing. Tellbrook Ltd acquired Belarusian drones.');
    expectNoRel(out, 'SHIPPED_TO', 'Belarus', 'Oren Kastel');
    expectRel(out, 'SHIPPED_TO', 'Belarus', 'Tellbrook Ltd');
  });

  it('reads "received an inquiry from B" as no delivery from B, unlike "received radios from B"', () => {
    const out = extractText('In March Harnwell Optics received an inquiry from Korvam Trading. Tellbrook Ltd received radios from Quessant Corp.');
    expectNoRel(out, 'SHIPPED_TO', 'Korvam Trading', 'Harnwell Optics');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Tellbrook Ltd');
  });
});

describe('flow guards: paperwork provided by a party', () => {
  it('reads "findings based on freight data provided by A" as no supply by A to a refinery named two paragraphs before', () => {
    const out = extractText('The Oskar field in the far north of Belarus, owned by Velmar and the gas firm Norvatek, yields about 50,000 tonnes of condensate a month.\n\n' +
      'Once treated at a Norvatek plant nearby, the condensate is shipped by rail to a Gazvar Neft refinery in Grodno, close to the Polish border, where it is turned into petrol, diesel and jet fuel.\n\n' +
      'Tellwire Watch has traced some 300 shipments of jet fuel from that Grodno refinery to air force bases near Moldova, before and during the conflict.\n\n' +
      'The findings - which rest on railway freight data provided by the Tarvel Data Collective - contradict statements by Velmar that its joint venture has nothing to do with the war.');
    expectNoRel(out, 'SHIPPED_TO', 'Tarvel Data Collective', 'Gazvar Neft');
  });
});

describe('flow guards: parties and their places', () => {
  it('does not make a named party\'s seat a party ("A, a trading firm in CITY, X", "A, based in X")', () => {
    const out = extractText('The engines were routed through Tengri Parts LLP, a small trading firm in Almaty, Kazakhstan, and delivered to Orion Trade, a Russian importer.');
    expectRel(out, 'SHIPPED_TO', 'Tengri Parts LLP', 'Orion Trade');
    expectNoRel(out, 'SHIPPED_TO', 'Kazakhstan', 'Orion Trade');
  });

  it('keeps the place that stands for an unnamed party on the chain ("through a company in X to B")', () => {
    const out = extractText('Velko Trade sold chips through a company in Serbia to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Velko Trade', 'Serbia');
    expectRel(out, 'SHIPPED_TO', 'Serbia', 'Belarus');
  });

  it('draws no flow from a stake sold to an unnamed buyer ("A sold a controlling stake in C to a firm linked to ...")', () => {
    const out = extractText(
      'The auditors noted that in 2021, Varkonia\'s Ministry of Economy sold a controlling stake in Pelbank to a firm linked to an elderly Russian oligarch with close ties to the Russian government.',
    );
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads a stake sold as ownership, not goods ("A sold a controlling stake in C to B")', () => {
    const out = extractText('Halden Capital sold a controlling stake in Nordbank to Grevik Holding.');
    expectNoRel(out, 'SHIPPED_TO', 'Halden Capital', 'Grevik Holding');
  });
});

describe('flow guards: self-descriptions and capabilities', () => {
  it('draws no flow from a claim about oneself or a capability ("claims to have experience in delivering G to B")', () => {
    const out = extractText(
      'Rovan Logistics freely conceded that it relabelled its pallets. ' +
        'This company, founded in Kazan in 2019, claims to have long experience in delivering freight to Georgia and Armenia.',
    );
    expectNoRel(out, 'SHIPPED_TO', 'Rovan Logistics', 'Georgia');
    expectNoRel(out, 'SHIPPED_TO', 'Rovan Logistics', 'Armenia');
  });

  it('still reads the plain event ("A shipped G to B")', () => {
    expectRel(extractText('Rovan Logistics shipped drones to Armenia.'), 'SHIPPED_TO', 'Rovan Logistics', 'Armenia');
  });
});

describe('flow guards: the agent of a passive', () => {
  it('takes the first "by" phrase as the agent, even unnamed ("supplied to B by companies founded by A")', () => {
    const out = extractText('Auditors say that engines are regularly supplied to Belarus by companies founded by Georgians abroad.');
    const flows = out.relations.filter((r) => r.type === 'SHIPPED_TO');
    expect(flows).toEqual([]);
  });
});

describe('guards from a later blind batch: reports, prohibitions, names inside an opening phrase', () => {
  it('gives no goods for a report or data handed over: "provided a report to B", "data ... obtained from B"', () => {
    expect(extractText('On May 9, 2023, the Financial Crimes Office (FCO) sent a report to the Customs Police about the firm.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
    const data = extractText('Reporters checked the sales against records of deliveries from Italy to Belarus obtained from the Belarusian Customs Service.');
    expectNoRel(data, 'SHIPPED_TO', 'Belarusian Customs Service', 'Italy');
  });

  it('gives no flow for a trade that is prohibited: "items banned for export to Belarus by the EU"', () => {
    const out = extractText('Zolvek LLC is among 12 traders that helped provide Belarusian buyers with lathes that are barred from export to Belarus by the United Kingdom and the European Union.');
    expectNoRel(out, 'SHIPPED_TO', 'United Kingdom', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'European Union', 'Belarus');
  });

  it('gives no flow for a prohibition on a list of trades: "a prohibition on the sale, transfer, supply, or export from the EU to B of G"', () => {
    const list = extractText('The council adopted a “prohibition on the sale, transfer, supply, or export from the EU to Belarus of pumps used in drones”.');
    expect(list.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const one = extractText('The ministry announced a prohibition on the export of pumps from the EU to Belarus.');
    expect(one.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // A trade the sentence states beside the ban still counts.
    expectRel(extractText('Despite the prohibition on exports to Belarus, Velkor Ltd shipped pumps to Belarus.'), 'SHIPPED_TO', 'Velkor Ltd', 'Belarus');
  });

  it('takes no supplier from a noun\'s "of" phrase in an opening adverbial: "since Russia\'s renewed invasion of Ukraine, Estonian companies export G to Russia"', () => {
    const out = extractText('The weekly wrote that, since Russia\'s renewed invasion of Ukraine, Estonian firms keep exporting servo motors worth millions to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Estonia', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Ukraine', 'Russia');
  });
});

describe('guards from a review of the fifth session\'s constructions', () => {
  it('does not take "media" for an outlet cue when it is the audience: "A told media B had shipped G to C"', () => {
    const out = extractText('Kelvaro LLC told media Zolvek had shipped drones to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Zolvek', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Russia');
  });

  it('reads no purchase in an instruction and no goods in a business sold: "received an order from B to freeze ...", "completed the sale of its unit to B"', () => {
    const order = extractText("Zolvek Bank received an order from the Treasury to freeze Kelvaro LLC's assets.");
    expect(order.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
    expect(extractText('Zolvek LLC completed the sale of its Russian unit to Kelvaro LLC.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
    expect(extractText('Zolvek LLC carried out the transfer of its shares to Kelvaro LLC.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });

  it('reads no place in a currency ("HK$5 million") and no import of goods made in the buyer\'s own country', () => {
    const hk = extractText('Zolvek LLC shipped HK$5 million of chips to Russia.');
    expectRel(hk, 'SHIPPED_TO', 'Zolvek LLC', 'Russia');
    expect(hk.entities.some((e) => e.name === 'Hong Kong' || e.name === 'HK')).toBe(false);
    // (Nor with a space before the sign, or the currency's name after the place's: "U.S. $10 million", "Hong Kong dollars".)
    const spaced = extractText('Zolvek LLC was paid 8 million euros (U.S. $10 million) for lathes. Kelvaro LLC was paid 40 million Hong Kong dollars.');
    expect(spaced.entities.map((e) => e.name).sort()).toEqual(['Kelvaro LLC', 'Zolvek LLC']);
    expect(extractText('Kelvaro LLC, a Russian distributor, bought drones produced in Russia.').relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });

  it('draws no flow for a service: "A provided logistics services to B", only for goods beside it', () => {
    expect(relationsOf('Zolvek LLC provided logistics services to Kelvaro LLC.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Zolvek LLC, which in the past provided services to Kelvaro LLC and Parnita LLP, declined to comment.', 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText('Zolvek LLC supplied spare parts and maintenance services to Kelvaro LLC.'), 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC');
  });

  it('keeps a verb after a floating quantifier: "A and B both procured G for C"', () => {
    const out = extractText('Zolvek LLC and Kelvaro LLC both procured machine tools for Parnita LLP.');
    expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Parnita LLP');
    expectRel(out, 'SHIPPED_TO', 'Kelvaro LLC', 'Parnita LLP');
  });
});

describe('guards: a facility on the route', () => {
  it('reads "through X Airport" as a place on the route, not an intermediary: "for export from A through X Airport to B"', () => {
    const out = extractText('The radios were relabelled for export from Romania through Tarvo Airport to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Romania', 'Belarus');
    expect(out.entities.some((e) => /Airport/.test(e.name))).toBe(false);
  });
});

describe('guards: a domestic hop from a demonym', () => {
  it('draws no flow from a country to its own firm: "the Russian maker A received drones through a Russian intermediary"', () => {
    const out = extractText('The Russian arms maker Zolvek LLC also received shipments of drones through a Russian intermediary.');
    expectNoRel(out, 'SHIPPED_TO', 'Russia', 'Zolvek LLC');
    expectRel(extractText('Zolvek LLC also received shipments of drones through a Kazakh intermediary.'), 'SHIPPED_TO', 'Kazakhstan', 'Zolvek LLC');
  });
});

describe('guards from a second review: origins, buyers "for", facilities owned', () => {
  it('takes no origin from a destination or from a firm\'s own country: "Russia-bound goods", "the Chinese firm A shipped Chinese drones"', () => {
    expectNoRel(extractText('Zolvek LLC shipped Russia-bound goods to Kyrgyzstan.'), 'SHIPPED_TO', 'Russia', 'Zolvek LLC');
    expectNoRel(extractText('The Chinese firm Zolvek LLC shipped Chinese drones to Russia.'), 'SHIPPED_TO', 'China', 'Zolvek LLC');
  });

  it('reads no buyer in "sold G for B as its distributor" or "supplied B with parts ... for C"', () => {
    expectNoRel(extractText('Zolvek LLC sold electronics for Kelvaro Corp as its authorized distributor.'), 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro Corp');
    const out = extractText('Zolvek LLC supplied Kelvaro LLC with parts to build drones for Iran.');
    expectRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC');
    expectNoRel(out, 'SHIPPED_TO', 'Zolvek LLC', 'Iran');
  });

  it('keeps a facility that is owned as a company: "A owns B Airport"', () => {
    expectRel(extractText('Zolvek Holdings owns Kelvaro Airport, which was sanctioned in May.'), 'SUBSIDIARY_OF', 'Kelvaro Airport', 'Zolvek Holdings');
  });

  it('does not make the body that found the goods their buyer: "The Security Service found parts from A ... Most were sourced from B"', () => {
    const out = extractText('The Varnian Security Service found parts made by Orvik Precision Co., Ltd. in the wreckage. Most of the parts were sourced from Taiwan.');
    expectNoRel(out, 'SHIPPED_TO', 'Taiwan', 'Varnian Security Service');
    // A country the sentence before was about still is the buyer.
    expectRel(extractText('Armenia exported $3 million of radios to Belarus. Most of the radios were first imported from Taiwan.'), 'SHIPPED_TO', 'Taiwan', 'Armenia');
  });

  it('reads "the design and transfer of G to B" as nouns, and the "to" inside a sanctions target phrase as no target', () => {
    const out = extractText('The Varnian Treasury Department on Friday announced new sanctions on the firms involved in the design and transfer of Iranian missiles to Belarus.');
    expectNoRel(out, 'SHIPPED_TO', 'Varnian Treasury Department', 'Belarus');
    expectNoRel(out, 'SANCTIONED', 'Varnian Treasury Department', 'Belarus');
  });
});

describe('guards: pictures are evidence, not goods', () => {
  it('reads "sent photos of the cargo to B" as no shipment to B, while "supplied satellite imagery to B" stays one', () => {
    expect(extractText('Norway sent photos of the cargo ships to Belarus last week.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText('Kestrel Orbital Ltd supplied satellite imagery to Belarus.'), 'SHIPPED_TO', 'Kestrel Orbital Ltd', 'Belarus');
  });
});

describe('guards: the countries around a country are not that country', () => {
  it('reads "exports by A to four countries neighboring B" as no export to B', () => {
    const out = extractText('The audit showed that exports by Kovira Ltd to four countries neighboring Belarus have doubled.');
    expectNoRel(out, 'SHIPPED_TO', 'Kovira Ltd', 'Belarus');
    // (A country named as the destination itself is still one: "exports by A to B".)
    expectRel(extractText('The audit showed that exports by Kovira Ltd to Belarus have doubled.'), 'SHIPPED_TO', 'Kovira Ltd', 'Belarus');
  });
});

describe('guards: a supplier read as sending goods to itself', () => {
  it('reads "when B seized C by shipping G to B through P" as no flow from B, while "A shipped G to B through P" stays', () => {
    const out = extractText('The firm was fined for breaking the embargo of 2014, when Belarus took the region by shipping its lathes to Belarus through a broker in Serbia.');
    expectNoRel(out, 'SHIPPED_TO', 'Belarus', 'Serbia');
    const plain = extractText('Kovira Ltd shipped its lathes to Belarus through a broker in Serbia.');
    expectRel(plain, 'SHIPPED_TO', 'Kovira Ltd', 'Serbia');
    expectRel(plain, 'SHIPPED_TO', 'Serbia', 'Belarus');
  });
});

describe('guards: a country and its own state bodies', () => {
  it('reads "a Russian agent exported G from Canada to the Russian military" as no flow from Russia to its military', () => {
    const out = extractText('A trader was charged with being a Russian agent involved in a plot to export chips from Canada to Russian military and security services.');
    expectNoRel(out, 'SHIPPED_TO', 'Russia', 'Russian military');
    expectRel(out, 'SHIPPED_TO', 'Canada', 'Russian military');
    // Another country's supply to that military stands.
    expectRel(extractText('Iran shipped drones to the Russian military.'), 'SHIPPED_TO', 'Iran', 'Russian military');
  });
});

describe('guards: what a thing was designed to do', () => {
  it('reads "howitzers designed to target Kyiv" as no sanction on Ukraine, while "moved to target A" stays one', () => {
    const out = extractText('Belarus sent Russia 100 howitzers, originally designed to target Kyiv, for use in the war.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText('The Treasury moved to target Velkor Ltd.'), 'SANCTIONED', 'Treasury', 'Velkor Ltd');
  });
});

describe('guards: one party read twice', () => {
  it('draws no flow between two entities named alike (a country and a name the resolution kept apart)', () => {
    const out = extractText('Today, the Treasury is listing six firms in China and Iran over their part in a ring procuring missile fuel ' +
      'on behalf of Iran\u2019s\u2026 \u2014 Treasury (@Treasury) May 3, 2024 In the release, they shipped it.');
    const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && name(r.source) === name(r.target))).toEqual([]);
    expect(out.relations.some((r) => r.type === 'SHIPPED_TO' && name(r.source) === 'China' && name(r.target) === 'Iran')).toBe(true);
  });
});

describe('guards and chunks: a report\'s addressee, and a possessed event the tagger read as a verb', () => {
  it('reads "We told the UN about A\'s transfer of G to B" as A supplying B, the UN no party', () => {
    const out = extractText('"We told the UN about Syria\'s transfer of the rockets to Chad in May," the envoy said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Syria', 'Chad').rule).toBe('frame:supply/nominal');
    expectNoRel(out, 'SHIPPED_TO', 'UN', 'Chad');
  });
});

describe('flow guards: who charges a trader, and a country supplying its own forces', () => {
  it('draws no trade for the body that charges: "The Justice Department charged A with exporting G from the U.S. to B"', () => {
    const out = extractText('The Justice Department charged seven people in a buying ring active in the U.S. and Russia, as well as an Ohio ' +
      'export firm and a Russian military procurement company, with exporting chips from the U.S. to Russian military and intelligence agencies.');
    expectRel(out, 'SHIPPED_TO', 'United States', 'Russian military');
    expectNoRel(out, 'SHIPPED_TO', 'Russia', 'Russian military');
    const ring = extractText('The Justice Department charged seven people in a Russian military procurement ring active in the U.S. and Russia, ' +
      'as well as an Ohio firm, with exporting chips from the U.S. to Russian military and intelligence agencies.');
    expectRel(ring, 'SHIPPED_TO', 'United States', 'Russian military');
    expect(ring.relations.filter((r) => r.type === 'SHIPPED_TO' && [r.source, r.target].includes(mustEntity(ring, 'Justice Department').id))).toEqual([]);
  });
});

describe('flow guards: an unnamed go-between in the buyer\'s own country', () => {
  it('reads "B, a Russian firm, received drones through a Russian intermediary" without a leg through the country', () => {
    const own = extractText('Halvern Group, a Russian drone maker, also received shipments of Chinese-made drones through a Russian intermediary.');
    expectRel(own, 'SHIPPED_TO', 'China', 'Halvern Group');
    expectNoRel(own, 'SHIPPED_TO', 'Russia', 'Halvern Group');
    const abroad = extractText('Halvern Group, a Russian drone maker, also received shipments of Chinese-made drones through a Kazakh intermediary.');
    expectRel(abroad, 'SHIPPED_TO', 'Kazakhstan', 'Halvern Group');
  });
});

describe('guards: a reluctance is no trade', () => {
  it('draws no flow from "has been cautious about transferring G to B", "reluctant to sell", "wary of selling", "hesitant to ship"', () => {
    for (const text of ['Observers say Laos has long been cautious about transferring combat aircraft to Vietnam.',
      'Halvern Group has been reluctant to sell drones to Brask Logistics.', 'Halvern Group was wary of selling drones to Brask Logistics.',
      'Tessaly Optics was hesitant to ship lenses to Orvanne.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    }
    expectRel(extractText('Halvern Group, long wary of the market, sold drones to Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    // (A reluctance that governs no trade verb keeps what the token-window rule reads: goods and period.)
    const firm = extractText('Halvern Group, which had been reluctant at first, sold drones to Brask Logistics in 2020.');
    expect(expectRel(firm, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').props).toMatchObject({ goods: ['drones'], period: 'in 2020' });
  });
});

describe('guards: the object before a means', () => {
  it('takes no supplier from "aiding A by supplying B with G" or "its business in K by supplying G": the means is the subject\'s', () => {
    const out = extractText('Several companies based in Laos and Mongolia are also targeted for aiding Kestrova by supplying the Vietnamese military with machine tools.');
    expectNoRel(out, 'SHIPPED_TO', 'Kestrova', 'Vietnamese military');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnamese military');
    const grown = extractText('Halvern Group expanded its business in Laos by supplying chips to Brask Logistics.');
    expectNoRel(grown, 'SHIPPED_TO', 'Laos', 'Brask Logistics');
    expectRel(grown, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});
