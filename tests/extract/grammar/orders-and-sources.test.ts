/**
 * Constructions of export-control orders, translated wire copy and attributed claims, each shown with sentences
 * written for the test (invented names): a denial order as a measure, a group announced and then given by a pronoun
 * or an idiom, short forms defined in quotation marks, the source of an "according to" kept out of the clause, a
 * firm's unit in a country kept apart from the firm, and sentence ends at an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/extract/sentences.js';
import { cleanArticle } from '../../../server/extract/clean.js';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: export-control orders', () => {
  it('reads a denial order issued against names as a measure: "issued a temporary denial order against A and B"', () => {
    const out = extractText('On June 12, the Bureau of Industry and Security issued a temporary denial order against Kelvaro Trading and Varno Limited.');
    expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Kelvaro Trading').rule).toBe('frame:impose/active');
    expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Varno Limited');
  });

  it('reads the targets of denial orders given with "for", active and passive, and no other order\'s "for" as a target', () => {
    const out = extractText('The Bureau of Industry and Security suspended the export privileges of three carriers. ' +
      'The agency has now issued 90-day denial orders for Kelvaro, Varno Air and Zelta, cutting them off. ' +
      'A denial order was also issued for Tarsis Avionics by the Bureau of Industry and Security. ' +
      'The Bureau of Industry and Security issued new orders for Quessant Corp.');
    expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Kelvaro').rule).toBe('frame:impose/denial-order-for');
    for (const target of ['Varno Air', 'Zelta']) expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', target);
    expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Tarsis Avionics').rule).toBe('frame:impose/denial-order-for-passive');
    expectNoRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Quessant Corp');
  });

  it('reads an agency taking away export privileges as a measure, its targets named between dashes after a count', () => {
    const out = extractText('Today, Bureau of Industry and Security (BIS) Assistant Secretary Yoss Tarkan issued orders denying the export ' +
      'privileges of three carriers - Kelvaro Air, Varno Airlines, and Q9 Airlines - over repeated breaches of the controls ' +
      'imposed on Belarus by the Trade Department. The export privileges of Tarsis Avionics were suspended by the ' +
      'Bureau of Industry and Security. Quessant Corp denied selling radios to Belarus.');
    for (const carrier of ['Kelvaro Air', 'Varno Airlines', 'Q9 Airlines']) {
      expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', carrier).rule).toBe('frame:revoke-privileges/active');
    }
    // (An order denying privileges denies no claim: the measure in the same sentence stays asserted.)
    expectRel(out, 'SANCTIONED', 'Trade Department', 'Belarus');
    expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Tarsis Avionics').rule).toBe('frame:revoke-privileges/passive');
    expectRel(out, 'DENIED', 'Quessant Corp', 'Belarus');
  });

  it('reads "issued sanctions on A" like "imposed", and an order that is no measure as nothing', () => {
    const out = extractText('The Treasury issued sanctions on Tarsis Avionics on Monday. Separately, Zolvek Systems issued a statement on Kelvaro Trading.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Tarsis Avionics Ltd');
    expectNoRel(out, 'SANCTIONED', 'Zolvek Systems', 'Kelvaro Trading');
  });
});

describe('grammar: a group announced, then given', () => {
  const announced = 'The United States on Friday imposed sanctions on three Iranian firms accused of making drones for Russia.';
  for (const giving of ['They are', 'These are', 'We are talking about']) {
    it(`takes the members from "${giving} A, B and C" after the group was sanctioned`, () => {
      const out = extractText(`${announced} ${giving} Kelvaro Aviation, Varno Sahel Company and Tarsis Arya Company.`);
      expect(expectRel(out, 'SANCTIONED', 'United States', 'Kelvaro Aviation').rule).toBe('frame:sanction/targets-include');
      expectRel(out, 'SANCTIONED', 'United States', 'Varno Sahel Company');
      expectRel(out, 'SANCTIONED', 'United States', 'Tarsis Arya Company');
    });
  }

  it('gives nothing when no group was announced: "They are A and B" alone', () => {
    const out = extractText('The United States on Friday imposed sanctions on Zolvek Systems. They are Kelvaro Aviation and Varno Sahel Company.');
    expectRel(out, 'SANCTIONED', 'United States', 'Zolvek Systems');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Kelvaro Aviation');
  });

  it('reads "<name> Airport Services" as a firm, and "Security Services" still as a public body', () => {
    const out = extractText('Kelvaro Airport Services shipped drones to Russia. The Varnian Security Services said nothing.');
    expect(out.entities.find((e) => e.name === 'Kelvaro Airport Services')?.kind).toBe('company');
    expect(out.entities.find((e) => e.name === 'Varnian Security Services')?.kind).toBe('government');
  });
});

describe('short forms in quotation marks', () => {
  it('makes "Kelvaro International (“Kelvaro”)" one entity, as "(Kelvaro)" does', () => {
    const out = extractText('The order names Kelvaro International (“Kelvaro”) and Tarsis Limited (“Tarsis”). Kelvaro shipped aircraft parts to Russia.');
    expect(out.entities.filter((e) => /Kelvaro/.test(e.name)).map((e) => e.name)).toEqual(['Kelvaro International']);
    expect(out.entities.some((e) => e.name.includes('"') || e.name.includes('“'))).toBe(false);
    expectRel(out, 'SHIPPED_TO', 'Kelvaro International', 'Russia');
  });
});

describe('attribution', () => {
  it('does not take the source of "According to X, the company ..." for the company', () => {
    const out = extractText([
      'The report described the business of Kelvaro, a large Italian company making machine tools.',
      'According to Zolvek, the company shipped a milling machine to Yolmar in 2021.',
    ].join(' '));
    expectRel(out, 'SHIPPED_TO', 'Kelvaro', 'Yolmar');
    expectNoRel(out, 'SHIPPED_TO', 'Zolvek', 'Yolmar');
  });
});

describe('a firm and its unit in a country', () => {
  it('keeps "Kelvaro Rus" apart from "Kelvaro", and "Kelvaro Technologies" one with "Kelvaro"', () => {
    const unit = extractText('Kelvaro Group supplied machine tools to Russia. Its subsidiary Kelvaro Group Rus sold the lathes to Varno Plant. Kelvaro Group denied it.');
    expect(unit.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Kelvaro Group', 'Kelvaro Group Rus']));
    expectRel(unit, 'SHIPPED_TO', 'Kelvaro Group Rus', 'Varno Plant');
    const same = extractText('Kelvaro Technologies supplied equipment to Russia. Kelvaro also sold lathes to Varno Plant.');
    expect(same.entities.filter((e) => /Kelvaro/.test(e.name))).toHaveLength(1);
  });
});

describe('sentence ends', () => {
  it('ends a sentence at an ellipsis and a full stop ("rising…. The report"), not at an ellipsis alone', () => {
    const c = cleanArticle('Prices kept rising…. The report named Kelvaro. It said... and more.');
    const an = analyse(c);
    expect(an.sentences.map((s) => c.text.slice(an.tokens[s.first].start, an.tokens[s.last - 1].end))).toEqual([
      'Prices kept rising....', 'The report named Kelvaro.', 'It said... and more.',
    ]);
  });
});

describe('ownership named by the name', () => {
  it('takes the parent of "the Russian subsidiary Kelvaro Rus" from the firm whose name it carries', () => {
    const out = extractText('Kelvaro Tools supplied lathes to Russia. Three invoices were issued to the Russian subsidiary Kelvaro Tools Rus.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Kelvaro Tools Rus', 'Kelvaro Tools').rule).toBe('frame:own/namesake-child');
  });

  it('gives no parent to a subsidiary whose name carries no other firm\'s: "the Russian subsidiary Varno Rus"', () => {
    const out = extractText('Kelvaro Tools supplied lathes to Russia. Three invoices were issued to the Russian subsidiary Varno Rus.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Varno Rus', 'Kelvaro Tools');
  });

  it('reads "A, an asset of B" as ownership', () => {
    const out = extractText('Varno Lathe Works, an asset of Kelvaro Tools, won a contract for ten lathes.');
    expectRel(out, 'SUBSIDIARY_OF', 'Varno Lathe Works', 'Kelvaro Tools');
  });
});

describe('nationalities before a trader noun', () => {
  it('reads "Austrian-Swiss manufacturer" as one firm, not as Austria and Switzerland trading', () => {
    const out = extractText('Austrian-Swiss valve manufacturer supplied pumps to Russia despite the ban.');
    expectNoRel(out, 'SHIPPED_TO', 'Austria', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Switzerland', 'Russia');
  });

  it('reads "Chinese and Turkish companies supplied" as both countries\' traders', () => {
    const out = extractText('In 2023, Chinese and Turkish companies supplied parts to Russia.');
    expectRel(out, 'SHIPPED_TO', 'China', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Türkiye', 'Russia');
  });
});

describe('descriptions and names of wire and court reports', () => {
  it('reads an apposition set off by dashes as one set off by commas: "Kelvo -- a leading Chinese drone maker --" is a company', () => {
    for (const dash of ['--', '—']) {
      const out = extractText(`Long after Kelvo ${dash} a leading Chinese drone maker ${dash} promised to leave, Kelvo drones are still sold in Russia.`);
      expect(out.entities.find((e) => e.name === 'Kelvo')?.kind).toBe('company');
    }
  });

  it('takes the party whose war the goods feed as where they go: "sent through A to feed Russia\'s military machine"', () => {
    const out = extractText('Microchips sent through Kazakhstan and Armenia to feed Russia’s military machine doubled last year.');
    expectRel(out, 'SHIPPED_TO', 'Kazakhstan', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Armenia', 'Russia');
    const none = extractText('Kelvaro Ltd shipped semiconductors to fuel the war effort.');
    expect(none.relations).toHaveLength(0);
  });

  it('reads a given name and an initial as a person ("Kaveh R.", "Iman J.L."), a labelled part not ("Appendix A.")', () => {
    const out = extractText('Varan J.L. is charged with sending 40 pumps to Iran. Kaveh R. is charged with selling some of the pumps to Iran.');
    expect(out.entities.find((e) => e.name === 'Varan J.L.')?.kind).toBe('person');
    expectRel(out, 'SHIPPED_TO', 'Kaveh R.', 'Iran');
    const part = extractText('The pumps are listed in Appendix A. Kelvaro Trading sold them to Iran.');
    expect(part.entities.map((e) => e.name)).not.toContain('Appendix A.');
  });
});

describe('the end user and a new party', () => {
  it('takes "The ultimate end user was B" after a supply to a country as the buyer inside it; a quoted name after "the company" is a company', () => {
    const out = extractText('The Chinese company Kelvaro Electronic Co supplied Russia with 2 million servo motors. The ultimate end user was the company "Varnakt," a drone maker in Kazan.');
    expect(out.entities.find((e) => e.name === 'Varnakt')?.kind).toBe('company');
    expect(expectRel(out, 'SHIPPED_TO', 'Kelvaro Electronic Co', 'Varnakt').rule).toBe('frame:supply/stated-destination');
    const unknown = extractText('Kelvaro Electronic Co supplied Russia with motors. The end user was not known, but Varnakt Ltd is suspected.');
    expectNoRel(unknown, 'SHIPPED_TO', 'Kelvaro Electronic Co', 'Varnakt Ltd');
  });

  it('does not give the company the text is about the sanctions of "another manufacturer sanctioned by the US"', () => {
    const out = extractText([
      'The Chinese company Kelvaro Electronic Co supplied Russia with 2 million servo motors. The ultimate end user was the company Varnakt.',
      'In 2023, the Chinese company sent 40,000 motor parts to another drone maker sanctioned by the US.',
    ].join(' '));
    expectNoRel(out, 'SANCTIONED', 'United States', 'Kelvaro Electronic Co');
  });
});

describe('sanctions releases as the press retells them', () => {
  it('does not take the speaker after "imposed sanctions on five firms, the Treasury said" for a target', () => {
    const out = extractText('The United States on Friday imposed sanctions on five Chinese firms, the Treasury said.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Treasury');
  });

  it('takes the names after a colon: "The five sanctioned firms are: A, B, and C"', () => {
    const out = extractText('The United States on Friday imposed sanctions on five Chinese firms. The five sanctioned firms are: Kelvaro Trading Limited, Varno Limited, and Hong Kong-based Tarsis Holdings Limited.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Kelvaro Trading Limited').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'United States', 'Tarsis Holdings Limited');
  });

  it('reads a list set off by semicolons after "from" ("from China-based A and B; Hong Kong-based C; and D"), and "All these companies were sanctioned"', () => {
    const out = extractText([
      'The U.S. Treasury Department on Tuesday also sanctioned the director of Parvand.',
      'Parvand bought electronic parts from China-based Kelvaro and Tarsis; Hong Kong-based Zolvek; and Malaysia-based Parvand International.',
      'All these companies were sanctioned.',
    ].join(' '));
    for (const a of ['Kelvaro', 'Tarsis', 'Zolvek', 'Parvand International']) {
      expectRel(out, 'SHIPPED_TO', a, 'Parvand');
      expectRel(out, 'SANCTIONED', 'U.S. Treasury Department', a);
    }
  });
});

describe('names that begin with a common word or hold a number', () => {
  it('takes the whole quoted name after "the company": \'The company "Motor Varn"\', then "Motor Varn" anywhere', () => {
    const out = extractText('The company "Motor Varn" kept selling gearboxes to Russia. For "Motor Varn", Russia remained a key market.');
    expect(expectRel(out, 'SHIPPED_TO', 'Motor Varn', 'Russia')).toBeDefined();
    expect(out.entities.map((e) => e.name)).not.toContain('Varn');
  });

  it('keeps a number glued to a capital inside a name ("Ningbo 5G Tarsis Innovation"), not in "5G modems"', () => {
    const out = extractText('Ningbo 5G Tarsis Innovation shipped turbine parts to Varno Labs. In 2023 Kelvaro Trading shipped 5G modems to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Ningbo 5G Tarsis Innovation', 'Varno Labs');
    expectRel(out, 'SHIPPED_TO', 'Kelvaro Trading', 'Russia');
  });
});

describe('a compound noun tagged as a verb', () => {
  it('reads the noun phrase "Belarus\'s arms transfer to Russia": the spokesman who labels it supplies nothing', () => {
    const out = extractText('Spokesperson Dana Whitlow spoke to reporters, calling Belarus’s arms transfer to Russia a dangerous step.');
    expectNoRel(out, 'SHIPPED_TO', 'Dana Whitlow', 'Russia');
  });
});

describe('ownership wording', () => {
  it('reads "A, co-owned by B," as ownership, like "owned by"', () => {
    const out = extractText('Kelvaro Metals, co-owned by Dana Whitlow, sells titanium sheet to Varno Plant.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Kelvaro Metals', 'Dana Whitlow').rule).toBe('frame:own/passive');
  });

  it('reads "A took / retained / gained control of (over) B" as ownership, and "lost control of B" or control of shipments as none', () => {
    for (const verb of ['took control of', 'has kept full control of', 'gained control over']) {
      const out = extractText(`Kelvaro Group ${verb} Varno Technologies.`);
      expect(expectRel(out, 'SUBSIDIARY_OF', 'Varno Technologies', 'Kelvaro Group').rule).toBe('frame:control/active');
    }
    expectNoRel(extractText('Kelvaro Group lost control of Varno Technologies.'), 'SUBSIDIARY_OF', 'Varno Technologies', 'Kelvaro Group');
    expectNoRel(extractText('Kelvaro Group took control of the shipments to Varno Technologies.'), 'SUBSIDIARY_OF', 'Varno Technologies', 'Kelvaro Group');
  });
});

describe('a quantity hedged before the object', () => {
  it('reads "received at least four orders for boots from B" as B buying, like "received six orders"', () => {
    const out = extractText('In 2021, Faraval Works received at least four orders for boots from the Interior Ministry.');
    expect(expectRel(out, 'SHIPPED_TO', 'Faraval Works', 'Interior Ministry').rule).toBe('frame:order-from/active');
    expectNoRel(out, 'SHIPPED_TO', 'Interior Ministry', 'Faraval Works');
  });
});

describe('a relative clause holding a list', () => {
  it('skips "which has offices in the UK, the EU, and the US," to the subject before it', () => {
    const out = extractText('The Dutch firm Kelvaro, which has offices in the UK, the EU, and the US, exported radar parts to Russia in 2022.');
    expectRel(out, 'SHIPPED_TO', 'Kelvaro', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'United States', 'Russia');
  });
});

describe('precision of the constructions above (found in review)', () => {
  it('keeps a legal form or a country after a name a firm\'s ("Varnex S.A.", "Dremor A.G."), not a person\'s initial', () => {
    const out = extractText('Varnex S.A. shipped drones to Kolbar Trading. Dremor A.G. sold engines to Russia.');
    expect(out.entities.find((e) => e.name === 'Varnex S.A.')?.kind).toBe('company');
    expect(out.entities.find((e) => e.name === 'Dremor A.G.')?.kind).toBe('company');
  });

  it('does not join clauses set off by semicolons into one list: "to B; C and D bought engines; and E sold chips"', () => {
    const out = extractText('Kolbar Trading sold parts to Varnex Ltd; Dremor Group and Zentak Ltd bought engines; and Merlo Ltd sold chips.');
    expectRel(out, 'SHIPPED_TO', 'Kolbar Trading', 'Varnex Ltd');
    expectNoRel(out, 'SHIPPED_TO', 'Kolbar Trading', 'Dremor Group');
  });

  it('gives a group only names, not a speaker after them, and not across a sentence about another group', () => {
    const speaker = extractText("The EU imposed sanctions on four firms. They are Varnex Ltd, Kolbar Trading, Zentak Ltd, the EU's foreign policy chief Anna Lind said.");
    expectRel(speaker, 'SANCTIONED', 'EU', 'Zentak Ltd');
    expectNoRel(speaker, 'SANCTIONED', 'EU', 'Anna Lind');
    const other = extractText('The EU imposed sanctions on four firms. Varnex Ltd buys chips from two suppliers. They are Kolbar Trading and Dremor Group.');
    expectNoRel(other, 'SANCTIONED', 'EU', 'Kolbar Trading');
    const idiom = extractText('The EU imposed sanctions on four firms. It is about time Varnex Ltd was punished, Kolbar said.');
    expectNoRel(idiom, 'SANCTIONED', 'EU', 'Varnex Ltd');
  });

  it('takes the end user after "the company" only from quotation marks: "The ultimate end user was the company, B said" names none', () => {
    const out = extractText('Varnex Ltd supplied Russia with motors. The ultimate end user was the company, Kolbar Trading said.');
    expectNoRel(out, 'SHIPPED_TO', 'Varnex Ltd', 'Kolbar Trading');
  });

  it('reads no control and no sanctions: "has no control over B", "imposed no sanctions on B"', () => {
    expectNoRel(extractText('Varnex Ltd has no control over Kolbar Trading.'), 'SUBSIDIARY_OF', 'Kolbar Trading', 'Varnex Ltd');
    expectNoRel(extractText('The EU imposed no sanctions on Kolbar Trading.'), 'SANCTIONED', 'EU', 'Kolbar Trading');
  });

  it('takes only a war for the purpose\'s party: "to support B\'s marketing campaign" sends nothing to B', () => {
    const out = extractText("Varnex Ltd sold software to support Dremor Group's marketing campaign. Kolbar Trading shipped chips to fuel Russia's defence industry.");
    expectNoRel(out, 'SHIPPED_TO', 'Varnex Ltd', 'Dremor Group');
    expectRel(out, 'SHIPPED_TO', 'Kolbar Trading', 'Russia');
  });

  it('cuts targets at a reporting tail only at the sentence\'s end: "on A, B, the Treasury said, and C" keeps C', () => {
    const out = extractText('The EU imposed sanctions on Varnex Ltd, Kolbar Trading, the Treasury said, and Dremor Group.');
    expectRel(out, 'SANCTIONED', 'EU', 'Dremor Group');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Treasury');
  });
});

describe('a supplier of goods for a country\'s weapons', () => {
  it('reads "A is the main supplier of parts for Russian missiles" as a supply to Russia; "for drones" names no one', () => {
    const out = extractText('Kelvaro Ltd is the main supplier of key parts for Russian missiles, the group reports.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kelvaro Ltd', 'Russia').rule).toBe('frame:supply/copular-role');
    expect(extractText('Kelvaro Ltd is a supplier of engines for drones.').relations).toHaveLength(0);
  });
});

describe('grammar: the goods\' country as a trade event\'s source', () => {
  it('reads "deliveries of Serbian rifles to B" as from that country, and not where a party is "involved in" the sale', () => {
    const out = extractText('Officials tracked deliveries of Serbian rifles to Armenia through the spring.');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Armenia').rule).toBe('frame:supply/nominal');
    const engaged = extractText('Kestrel Haulage is involved in the export of Serbian rifles to Armenia and Chad.');
    expectRel(engaged, 'SHIPPED_TO', 'Kestrel Haulage', 'Armenia');
    expectNoRel(engaged, 'SHIPPED_TO', 'Serbia', 'Armenia');
  });
});

describe('grammar: goods that flow', () => {
  it('reads "the flow of Serbian rifles into B" and "its movement of arms to B" as trade, not "the flow of money to B"', () => {
    expect(expectRel(extractText('The flow of Serbian rifles into Armenia grew last year, border guards said.'), 'SHIPPED_TO', 'Serbia', 'Armenia').rule).toBe('frame:supply/nominal');
    expectRel(extractText('Officials said that Belgrade had increased its movement of arms to Armenia by rail.'), 'SHIPPED_TO', 'Serbia', 'Armenia');
    expect(extractText('The flow of money to Armenia grew last year.').relations).toEqual([]);
  });
});

describe('grammar: goods a party has sent, as a zero relative', () => {
  it('reads "lathes Serbia has sent to boost B\'s defence industry": the name after the goods is the sender, and "sent" is read before its infinitive of purpose', () => {
    const out = extractText('Inspectors listed $2 million worth of lathes Serbia has sent to boost Armenia’s defence industry.');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Armenia').rule).toBe('frame:supply/active');
  });
});

describe('grammar: places joined before "-based"', () => {
  it('reads "Latvia and Estonia-registered firms shipped G to B" as trade from both places', () => {
    const out = extractText('Investigators named five Latvia and Estonia-registered firms that sold relays to Armenian buyers.');
    expectRel(out, 'SHIPPED_TO', 'Latvia', 'Armenia');
    expectRel(out, 'SHIPPED_TO', 'Estonia', 'Armenia');
  });
});

describe('grammar: goods named with where they come from', () => {
  it('reads "Drones from A were delivered to B" and "Chips from A reached C via B" with A as the source', () => {
    expect(expectRel(extractText('Drones from Kovira Ltd were delivered to Armenia.'), 'SHIPPED_TO', 'Kovira Ltd', 'Armenia').rule).toBe('frame:supply/passive');
    const via = extractText('Chips from Kovira Ltd reached Belarus via Armenia.');
    expectRel(via, 'SHIPPED_TO', 'Kovira Ltd', 'Armenia');
    expectRel(via, 'SHIPPED_TO', 'Armenia', 'Belarus');
    // ("drones from A, which were delivered to B through C": the relative clause is about the goods, not A.)
    const rel = extractText('The cargo held drones from Kovira Ltd, which were delivered to a Belarusian buyer through Armenia.');
    expectRel(rel, 'SHIPPED_TO', 'Kovira Ltd', 'Armenia');
    expectRel(rel, 'SHIPPED_TO', 'Armenia', 'Belarus');
  });
});

describe('grammar: traders from a country', () => {
  it('reads "sold drones to buyers from B" as trade with B, as "buyers in B" is', () => {
    expect(expectRel(extractText('Kovira Ltd sold drones to buyers from Armenia.'), 'SHIPPED_TO', 'Kovira Ltd', 'Armenia').rule).toBe('frame:supply/active');
  });
});

describe('grammar: the buyer of the sentence before', () => {
  it('reads "G were bought by B ... The valves were bought via A" as A -> B, and not across a paragraph', () => {
    const out = extractText('Valves worth $4 million were bought by Belarus last year. The valves were purchased via dealers in Armenia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Armenia', 'Belarus').rule).toBe('frame:acquire/passive+via-only');
    const apart = extractText('Valves worth $4 million were bought by Belarus last year.\n\nThe valves were purchased via dealers in Armenia.');
    expectNoRel(apart, 'SHIPPED_TO', 'Armenia', 'Belarus');
  });
});

describe('grammar: more wordings of receiving goods from a supplier', () => {
  it('reads "B took delivery of G from A", "B turned to A for G" and "A fulfilled orders from B"', () => {
    expect(expectRel(extractText('Brask Logistics took delivery of 300 engines from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:take-delivery/active');
    expect(expectRel(extractText('Brask Logistics turned to Halvern Group for drone engines.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:turn-to/active');
    const orders = extractText('Halvern Group fulfilled orders from Brask Logistics worth $2 million.');
    expectRel(orders, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(orders, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('draws nothing from advice sought, or from a turn with no goods', () => {
    expect(relationsOf('The Velmora government turned to Halvern Group for advice.', 'SHIPPED_TO')).toEqual([]);
    expectNoRel(extractText('Brask Logistics turned to Halvern Group after the sanctions.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});

describe('grammar: a trader naming its own partners', () => {
  it('reads "A counts B among its clients" and "B lists A among its suppliers", not "among its rivals"', () => {
    expect(expectRel(extractText('Halvern Group counts Brask Logistics among its clients.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply/counted-among');
    expectRel(extractText('Brask Logistics lists Halvern Group among its suppliers.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expect(relationsOf('Halvern Group counts Brask Logistics among its rivals.', 'SHIPPED_TO')).toEqual([]);
  });
});
