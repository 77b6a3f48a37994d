import { describe, expect, it } from 'vitest';
import { describeRelations, expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: supply chains from verb frames', () => {
  it('"A sold X through B to C" gives A -> B -> C with the goods', () => {
    const out = extractText('The Chinese firm Lumo Tech sold 500 drone motors through its distributor, Altai Trade, to the Russian company Vektor-M in 2023.');
    const ab = expectRel(out, 'SHIPPED_TO', 'Lumo Tech', 'Altai Trade');
    expectRel(out, 'SHIPPED_TO', 'Altai Trade', 'Vektor-M');
    expectNoRel(out, 'SHIPPED_TO', 'Lumo Tech', 'Vektor-M');
    expect(ab.props.goods).toEqual(['drone motors']);
    expect(ab.props.quantity).toBe('500 drone motors');
    expect(ab.props.period).toBe('in 2023');
  });

  it('puts a transit country on the chain ("via Georgia")', () => {
    const out = extractText('Kazakh traders shipped microchips worth $3 million to Russia via Georgia, the data show.');
    const r = expectRel(out, 'SHIPPED_TO', 'Kazakhstan', 'Georgia');
    expectRel(out, 'SHIPPED_TO', 'Georgia', 'Russia');
    expect(r.props.valueUsd).toBe(3e6);
    expect(r.props.goods).toEqual(['microchips']);
  });

  it('reads the buyer as target and "from" as source ("B bought X from A, B and C")', () => {
    const out = extractText('The Russian state-owned company Severtrak has been buying bearings and engines from several countries, including China, India and Serbia.');
    for (const c of ['China', 'India', 'Serbia']) expectRel(out, 'SHIPPED_TO', c, 'Severtrak');
  });

  it('handles a ditransitive verb ("supplies Russia with X")', () => {
    const out = extractText('Iran supplies Russia with Shahed drones and ammunition, officials said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Iran', 'Russia').props.goods).toContain('ammunition');
  });

  it('handles passives with an agent, and an arrival verb after a transit', () => {
    const out = extractText('The lathes were sold by Polar Machinery through a dealer in Latvia before reaching the Kalinin Plant.');
    expectRel(out, 'SHIPPED_TO', 'Polar Machinery', 'Latvia');
    expectRel(out, 'SHIPPED_TO', 'Latvia', 'Kalinin Plant');
  });

  it('reads makers of goods as their source ("vests produced by X")', () => {
    const out = extractText('Moscow imported 20 tons of helmets, most of them produced by the Serbian company Zastava Oprema.');
    expectRel(out, 'SHIPPED_TO', 'Zastava Oprema', 'Russia');
  });

  it('reads a nominal frame ("Chinese exports of X to Y")', () => {
    const out = extractText('Chinese exports of optical sights to Belarus rose by 40% last year.');
    expectRel(out, 'SHIPPED_TO', 'China', 'Belarus');
  });

  it('takes coordinated receivers and the antecedent of a relative clause', () => {
    const out = extractText('The firms, Orda Trade and Kazyna Tech, received the chips from the Chinese maker Sunway Micro. ' +
      'Sunway Micro also shipped radars to Belarus, which officials say delivered them to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Sunway Micro', 'Orda Trade');
    expectRel(out, 'SHIPPED_TO', 'Sunway Micro', 'Kazyna Tech');
    expectRel(out, 'SHIPPED_TO', 'Belarus', 'Russia');
  });
});

describe('relations: discourse', () => {
  it('fills the supplier of an agentless passive from the sentence before', () => {
    const out = extractText('One of the suppliers, Hebei Steelworks Group, is close to the government. In May, 900 armour plates were sent to Uraltank, a Russian tank maker.');
    expectRel(out, 'SHIPPED_TO', 'Hebei Steelworks Group', 'Uraltank');
  });

  it('fills the destination of "sold by A through B" from the story so far', () => {
    const out = extractText('China sold drones to Russia last year. Some of them were sold by Skylark Aero through its subsidiary Lark Trading.');
    expectRel(out, 'SHIPPED_TO', 'Skylark Aero', 'Lark Trading');
    expectRel(out, 'SHIPPED_TO', 'Lark Trading', 'Russia');
    expectRel(out, 'SUBSIDIARY_OF', 'Lark Trading', 'Skylark Aero');
  });

  it('resolves a pronoun subject to the previous sentence\'s subject', () => {
    const out = extractText('Russian buyers are ordering Chinese equipment, the report said. It has imported thermal cameras from Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Russia');
  });
});

describe('relations: supplying roles and shares', () => {
  it('reads "the largest supplier of X to Y", an apposed role and "accounted for N% of shipments to Y"; not a negated role', () => {
    const out = extractText(
      'Shenzhen Lanmo Power was the single largest supplier of drone motors to Russia. ' +
        'Guanghe Infrared, the main exporter of thermal cameras to Sever-Avtomatika, declined to comment. ' +
        'Ala-Too Logistic Group accounted for 41% of battery shipments to NPO Strela-M in 2024. ' +
        'Hefei Lumisense was never a supplier to Russia.',
    );
    expectRel(out, 'SHIPPED_TO', 'Shenzhen Lanmo Power', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Guanghe Infrared', 'Sever-Avtomatika');
    expectRel(out, 'SHIPPED_TO', 'Ala-Too Logistic Group', 'NPO Strela-M');
    expectNoRel(out, 'SHIPPED_TO', 'Hefei Lumisense', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'Shenzhen Lanmo Power', 'Russia').props.goods).toContain('drone motors');
  });
});

describe('relations: quoted names and refined recipients', () => {
  it('reads quoted names in every slot, "to <city>, to <company>", "a supplier of <company>" and repeated "to"', () => {
    const out = extractText(
      'The goods were purchased from Huaxin Ltd by Hong Kong company Pacific Crest Electronics Limited, and after that were delivered ' +
        'to Yerevan, to LLC "Arax Electronic Systems". Later goods were supplied to "Arax Electronic Systems" by Gorizont Trade. ' +
        'It is noted that Tekhnopribor Ltd is a supplier of JSC "Meridian-Radioprom" from Smolensk. ' +
        'Lumen Parts Ltd shipped chips to Kazakhstan, to Kyrgyzstan and to Armenia.',
    );
    expectRel(out, 'SHIPPED_TO', 'Pacific Crest Electronics Limited', 'Arax Electronic Systems');
    expectNoRel(out, 'SHIPPED_TO', 'Pacific Crest Electronics Limited', 'Armenia');
    expectRel(out, 'SHIPPED_TO', 'Gorizont Trade', 'Arax Electronic Systems');
    expectRel(out, 'SHIPPED_TO', 'Tekhnopribor Ltd', 'Meridian-Radioprom');
    for (const c of ['Kazakhstan', 'Kyrgyzstan', 'Armenia']) expectRel(out, 'SHIPPED_TO', 'Lumen Parts Ltd', c);
  });
});

describe('relations: owners of exports, appositions and parentheses before the verb', () => {
  it('reads "its exports to Y" as the subject\'s or the topic\'s, and skips "(PRC)" and ", the company\'s unit," before a verb', () => {
    const out = extractText(
      'Lianhe Infrared Technology, a Shenzhen-listed maker of sensors, has seen its exports to Kazakhstan and Kyrgyzstan rise. ' +
        'Kazakhstan is a trade hub. Its exports to Russia jumped. ' +
        "Lianhe International (Hong Kong) Ltd, the company's Hong Kong unit, shipped thermal modules to Russia in 2023. " +
        'Qinghe Spindle Co., Ltd. (PRC) supplied lathes to Volga Rotor.',
    );
    expectRel(out, 'SHIPPED_TO', 'Lianhe Infrared Technology', 'Kazakhstan');
    expectRel(out, 'SHIPPED_TO', 'Lianhe Infrared Technology', 'Kyrgyzstan');
    expectRel(out, 'SHIPPED_TO', 'Kazakhstan', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Lianhe International (Hong Kong) Ltd', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Hong Kong', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Qinghe Spindle Co., Ltd.', 'Volga Rotor');
    expect(out.entities.map((e) => e.name)).not.toContain('Shenzhen');
  });
});

describe('relations: places before a head noun', () => {
  it('reads "from the Shenzhen manufacturer Greatcell" as the named maker, and keeps the buyer as subject of "resold"', () => {
    const out = extractText('Ala-Too Logistic Group bought batteries from the Shenzhen manufacturer Greatcell Energy and resold them to NPO Strela-M.');
    expectRel(out, 'SHIPPED_TO', 'Greatcell Energy', 'Ala-Too Logistic Group');
    expectRel(out, 'SHIPPED_TO', 'Ala-Too Logistic Group', 'NPO Strela-M');
    expectNoRel(out, 'SHIPPED_TO', 'Greatcell Energy', 'NPO Strela-M');
    expect(out.entities.map((e) => e.name)).not.toContain('Shenzhen');
  });
});

describe('relations: the maker named in the sentence before', () => {
  it('makes the maker the source of an agentless passive that follows ("made by X. The modules were shipped to Y")', () => {
    const a = extractText('The navigation unit was a module made by Leiyun Microelectronics, HUR said. The modules were shipped from Shenzhen to Sunwave Pacific Trading Ltd.');
    expectRel(a, 'SHIPPED_TO', 'Leiyun Microelectronics', 'Sunwave Pacific Trading Ltd');
    const b = extractText('The engines came from Hengtai Power Technology. They were routed through Tengri Component Supply LLP and delivered to Orion-Komplekt.');
    expectRel(b, 'SHIPPED_TO', 'Hengtai Power Technology', 'Tengri Component Supply LLP');
    expectRel(b, 'SHIPPED_TO', 'Tengri Component Supply LLP', 'Orion-Komplekt');
  });
});

describe('relations: what moves no goods, and a city as destination', () => {
  it('reads orders and warnings as no goods, "to <city>" as the company placed there, and "and shipped them" as a new clause', () => {
    const out = extractText(
      'The plant, JSC Orbita-Avia in the Udmurt capital, Izhevsk, makes drones. ' +
        'A Russian defense plant kept buying Chinese electronics by routing its orders through trading firms in Kyrgyzstan. ' +
        'Tengri Trade Line bought flight controllers from Rongda Microelectronics and shipped them on to Izhevsk by truck via Kazakhstan. ' +
        'Yerevan is tightening controls on re-exports of drone parts to Russia after warnings from Washington and Brussels.',
    );
    expectRel(out, 'SHIPPED_TO', 'Rongda Microelectronics', 'Tengri Trade Line');
    expectRel(out, 'SHIPPED_TO', 'Kazakhstan', 'JSC Orbita-Avia');
    expectNoRel(out, 'SHIPPED_TO', 'Russia', 'Kyrgyzstan');
    expectNoRel(out, 'SHIPPED_TO', 'United States', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Rongda Microelectronics', 'Kazakhstan');
  });
});

describe('relations: reported clauses in sanctions stories', () => {
  it('reads "a shell company that Treasury said routed X from A to B", "which it said sold" and "saying it provided"', () => {
    const out = extractText(
      'Also targeted was Everbright Crest Trading Ltd., a Hong Kong shell company that Treasury said routed navigation modules from Skyward Navigation to Volga Aerosystems. ' +
        'The U.S. alone designated Pinnacle Carbon Materials, which it said sold carbon-fiber wings to Rubezh-Aero. ' +
        'Britain sanctioned Kowloon Ridge Electronics, saying it provided thermal cameras to Rubezh-Aero.',
    );
    expectRel(out, 'SHIPPED_TO', 'Skyward Navigation', 'Everbright Crest Trading Ltd.');
    expectRel(out, 'SHIPPED_TO', 'Everbright Crest Trading Ltd.', 'Volga Aerosystems');
    expectRel(out, 'SHIPPED_TO', 'Pinnacle Carbon Materials', 'Rubezh-Aero');
    expectRel(out, 'SHIPPED_TO', 'Kowloon Ridge Electronics', 'Rubezh-Aero');
    for (const x of ['Treasury', 'United States', 'United Kingdom']) expectNoRel(out, 'SHIPPED_TO', x, 'Rubezh-Aero');
  });

  it('keeps a second object with its own "whose" clause out of the first object\'s list, and "it" off an apposition\'s parent', () => {
    const out = extractText(
      'The U.S. designated Pinnacle Carbon Materials, which it said sold wings to Rubezh-Aero, a Moscow-based drone maker, and ' +
        'Jinfeng Power, whose battery cells were purchased by Volga Aerosystems through a Russian import agent, Transkom-Vostok. ' +
        'Britain sanctioned Kowloon Ridge Electronics, a Hong Kong subsidiary of Shenzhen-listed Tianhe Semiconductor Group, saying it provided cores to Rubezh-Aero.',
    );
    expectRel(out, 'SHIPPED_TO', 'Pinnacle Carbon Materials', 'Rubezh-Aero');
    expectNoRel(out, 'SHIPPED_TO', 'Pinnacle Carbon Materials', 'Transkom-Vostok');
    expectNoRel(out, 'SHIPPED_TO', 'Pinnacle Carbon Materials', 'Jinfeng Power');
    expectRel(out, 'SHIPPED_TO', 'Jinfeng Power', 'Transkom-Vostok');
    expectRel(out, 'SHIPPED_TO', 'Transkom-Vostok', 'Volga Aerosystems');
    expectRel(out, 'SHIPPED_TO', 'Kowloon Ridge Electronics', 'Rubezh-Aero');
    expectNoRel(out, 'SHIPPED_TO', 'Tianhe Semiconductor Group', 'Rubezh-Aero');
  });
});

describe('relations: relative clauses around appositions', () => {
  it('reads "X, a subsidiary of Y, which shipped" as X shipping, and "X, whose motors were bought by Y through Z"', () => {
    const out = extractText(
      'A key supplier is Pars Rotor Engineering, a subsidiary of the state-owned Aviation Industries Organization, which shipped piston engines to Sokol-Ural Works. ' +
        'Another is Lanjing Motion Technology, whose brushless motors were bought by the Yekaterinburg drone maker Sokol-Ural Works through Pearl Delta Sourcing.',
    );
    expectRel(out, 'SHIPPED_TO', 'Pars Rotor Engineering', 'Sokol-Ural Works');
    expectNoRel(out, 'SHIPPED_TO', 'Aviation Industries Organization', 'Sokol-Ural Works');
    expectRel(out, 'SHIPPED_TO', 'Lanjing Motion Technology', 'Pearl Delta Sourcing');
    expectRel(out, 'SHIPPED_TO', 'Pearl Delta Sourcing', 'Sokol-Ural Works');
  });
});

describe('relations: asides between a name and its verb', () => {
  it('reads "X, founded in 2019 as …, sent …" and "a distributor that in turn supplies Y", quoting only the sentence that says so', () => {
    const text = 'Beyaztepe Global AS, founded in 2019 as an exporter of textiles, sent drone parts to Russian buyers.\n\n' +
      'The largest recipient was Aerotekh-Komponent, a St. Petersburg-based distributor that in turn supplies Yastreb Engineering.';
    const out = extractText(text);
    expectRel(out, 'SHIPPED_TO', 'Beyaztepe Global AS', 'Russia');
    const r = expectRel(out, 'SHIPPED_TO', 'Aerotekh-Komponent', 'Yastreb Engineering');
    expect(r.evidence[0].quote.startsWith('The largest recipient')).toBe(true);
  });
});

describe('relations: goods with their origin in the subject, and chained participles', () => {
  it('reads "motors from A and controllers from B were bought by X, re-invoiced in Istanbul and trucked on to Russia through Georgia"', () => {
    const out = extractText('Brushless motors from Yunqiao Motor Co. and flight controllers from Kaixuan Electronic Technology were bought by Beyaztepe Global, re-invoiced in Istanbul and trucked on to Russia through Georgia, the records show.');
    expectRel(out, 'SHIPPED_TO', 'Yunqiao Motor Co.', 'Beyaztepe Global');
    expectRel(out, 'SHIPPED_TO', 'Kaixuan Electronic Technology', 'Beyaztepe Global');
    expectRel(out, 'SHIPPED_TO', 'Beyaztepe Global', 'Georgia');
    expectRel(out, 'SHIPPED_TO', 'Georgia', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Yunqiao Motor Co.', 'Georgia');
  });
});

describe('relations: brands bought through a reseller', () => {
  it('reads "the Tianrui modules and the Haoxin transistors were bought through Brightford, a Hong Kong reseller, which shipped … to P"', () => {
    const out = extractText(
      'The Tianrui Navigation modules and the Haoxin Semiconductor transistors were bought through Brightford Trading Limited, a Hong Kong reseller, ' +
        'which shipped 14 consignments of electronics to Prikamye Avionika JSC. Prikamye Avionika has handed over 2,000 drones to the Russian Ministry of Defense.',
    );
    expectRel(out, 'SHIPPED_TO', 'Tianrui Navigation', 'Brightford Trading Limited');
    expectRel(out, 'SHIPPED_TO', 'Haoxin Semiconductor', 'Brightford Trading Limited');
    expectRel(out, 'SHIPPED_TO', 'Brightford Trading Limited', 'Prikamye Avionika JSC');
    expectNoRel(out, 'SHIPPED_TO', 'Hong Kong', 'Prikamye Avionika JSC');
    expectRel(out, 'SHIPPED_TO', 'Prikamye Avionika JSC', 'Russian Ministry of Defense');
  });
});

describe('relations: adjectival participles and reported clauses', () => {
  it('reads "cores and matching lenses to B" as one object, and "said X sold" with X a company, not a speaker', () => {
    const out = extractText('The prosecutors said Moravia Komponenty sold thermal imaging cores and matching lenses worth 46 million crowns to Bosphor Teknik.');
    expectRel(out, 'SHIPPED_TO', 'Moravia Komponenty', 'Bosphor Teknik');
    expect(out.entities.find((e) => e.name === 'Moravia Komponenty')?.kind).toBe('company');
  });
});

describe('relations: makers named after a flow', () => {
  it('attaches "Many of them were produced by X" to the flow before, but not a maker of other goods', () => {
    const a = extractText('Qianrun Trade sold 2,300 engines to Tern Logistics. Many of them were produced by Haixing Motor Co.');
    expectRel(a, 'SHIPPED_TO', 'Haixing Motor Co.', 'Qianrun Trade');
    const b = extractText('Qianrun Trade sold 2,300 engines to Tern Logistics. The navigation boards found in the same wreckage were produced by Lingxun Microsystems.');
    expectNoRel(b, 'SHIPPED_TO', 'Lingxun Microsystems', 'Qianrun Trade');
    expectNoRel(b, 'SHIPPED_TO', 'Lingxun Microsystems', 'Tern Logistics');
  });
});

describe('relations: definite descriptions', () => {
  it('reads "the Kyrgyz company" as the Kyrgyz company just named, else as the country', () => {
    const named = extractText('Tash Tekh Import is registered in Kyrgyzstan. The Kyrgyz company then re-exported the boards to Avanteg-Snab.');
    expectRel(named, 'SHIPPED_TO', 'Tash Tekh Import', 'Avanteg-Snab');
    expectNoRel(named, 'SHIPPED_TO', 'Kyrgyzstan', 'Avanteg-Snab');
    const unnamed = extractText('Exports rose sharply. The Kyrgyz company then re-exported the boards to Avanteg-Snab.');
    expectRel(unnamed, 'SHIPPED_TO', 'Kyrgyzstan', 'Avanteg-Snab');
  });
});

describe('relations: negation, hedging and denial', () => {
  it.each([
    'China could transfer attack drones to Russia, the official warned.',
    'There is no evidence that Poly Arms shipped ammunition to Russia.',
    'Beijing is considering sending artillery shells to Moscow.',
    'Astra Optics said it had not sold any products to Russia.',
    'It is unclear whether Nordic Parts delivered the engines to Belarus.',
  ])('no flow from: %s', (text) => {
    const out = extractText(text);
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO'), describeRelations(out)).toEqual([]);
  });

  it('turns a denied supply into DENIED, not a flow', () => {
    const out = extractText('China has repeatedly denied sending combat drones to Russia.');
    expectRel(out, 'DENIED', 'China', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'China', 'Russia');
  });

  it('gives no flow for an attempt ("attempted to procure", "tried to ship")', () => {
    const out = extractText('Dunav Tehnika d.o.o. attempted to procure machine tools from Hessel Parts for Russian end users. Kovo Trade s.r.o. tried to ship bearings to Russia.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads an attempt that is the charged offence as a flow ("sentenced for attempting to smuggle", "attempted to export")', () => {
    const out = extractText('A Lao court sentenced Martin Varno to two years in jail for unlawfully attempting to smuggle handheld radios, fit for military use, to Russia. ' +
      'Irina Olskaya was arrested for having attempted to export helicopter parts to Iran.');
    expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Irina Olskaya', 'Iran');
    // (An attempt no charge names stays a hedge.)
    for (const text of ['Tessaly Optics is trying to export its lenses to Thailand.', 'Halvern Group tried to export drone engines to Vietnam, but the deal collapsed.',
      'Martin Varno, who tried to smuggle rifles to Laos, was acquitted.', 'Martin Varno was arrested in May and then tried to export rifles to Laos.']) expect(extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO'), text).toEqual([]);
  });

  it('keeps "not only ... but also" positive', () => {
    const out = extractText('Chinese suppliers not only delivered the drones to Dravinsk-Tekh but also trained its staff.');
    expectRel(out, 'SHIPPED_TO', 'China', 'Dravinsk-Tekh');
  });
});

describe('relations: sanctions', () => {
  it('reads active, passive and "under ... sanctions" forms with the year', () => {
    const out = extractText(
      'The US Treasury blacklisted Orion Micro in 2022. Hexa Parts was later sanctioned by the European Union. ' +
        'The goods went through Trans-Caspian Cargo, which is under U.K. and EU sanctions.',
    );
    expect(expectRel(out, 'SANCTIONED', 'US Treasury', 'Orion Micro').props.when).toBe('in 2022');
    expectRel(out, 'SANCTIONED', 'European Union', 'Hexa Parts');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Trans-Caspian Cargo');
    expectRel(out, 'SANCTIONED', 'EU', 'Trans-Caspian Cargo');
  });

  it('reads lists ("added X to its Entity List", "Among those designated were A and B")', () => {
    const out = extractText(
      'The Commerce Department added three firms to its Entity List, including Delta Avia. ' +
        'Separately, the UK imposed sanctions on several suppliers. Among those designated were Hong Kong-based Quantum Parts Limited, which sold chips to Russia, and Dubai-registered Falcon Gulf LLC.',
    );
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Delta Avia');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Quantum Parts Limited');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Falcon Gulf LLC');
    expectNoRel(out, 'SANCTIONED', 'United Kingdom', 'Hong Kong');
  });

  it('reads a listing in a named list, a list owner after "by", and a pronoun for what was just named', () => {
    const out = extractText(
      "Kestrel Drone Systems was also added to the U.S. Commerce Department's Entity List in May 2024, and Britain sanctioned it in 2025. " +
        'Volga Optron was added to the Entity List by the Commerce Department in June.',
    );
    expectRel(out, 'SANCTIONED', 'U.S. Commerce Department', 'Kestrel Drone Systems');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Kestrel Drone Systems');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Volga Optron');
    expect(out.entities.map((e) => e.name)).not.toContain('Entity List');
  });

  it('reads inclusion in a body\'s list or package, being on a sanctions list, and "under sanctions of"', () => {
    const out = extractText(
      "Delta Avia has been on the US Treasury's SDN list since 2024. The European Union listed Tengri Trade Solutions in its 14th sanctions package. " +
        'OOO "Tekhnopribor" was included to the sanctions list of the European Union. ' +
        'JSC "Meridian-Radioprom" is under sanctions of the USA, Great Britain and Japan since 2023. ' +
        'Orion Parts is on the list of suppliers the Pentagon published.',
    );
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Delta Avia');
    expectRel(out, 'SANCTIONED', 'European Union', 'Tengri Trade Solutions');
    expectRel(out, 'SANCTIONED', 'European Union', 'Tekhnopribor');
    for (const by of ['United States', 'United Kingdom', 'Japan']) expectRel(out, 'SANCTIONED', by, 'Meridian-Radioprom');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(6);
  });

  it('reads "the <place> company" as the company of that place the text named before', () => {
    const out = extractText(
      'Shipments went to Orion Avia Works, a Yekaterinburg firm. Tallinn Parts supplied it too. ' +
        "The Yekaterinburg company was also added to the U.S. Commerce Department's Entity List in 2024.",
    );
    expectRel(out, 'SANCTIONED', 'U.S. Commerce Department', 'Orion Avia Works');
    expectNoRel(out, 'SANCTIONED', 'U.S. Commerce Department', 'Tallinn Parts');
    expect(out.entities.map((e) => e.name)).not.toContain('Yekaterinburg');
  });

  it('reads "announced sanctions on A, B and C" and a remark in parentheses inside a name', () => {
    const out = extractText(
      'Xingtong Navigation sold modules to Golden Crane Electronics (HK) Ltd., which transferred them to Stratoplan. ' +
        'The Treasury Department announced sanctions on Tianhe Aero Engine, Golden Crane Electronics and Stratoplan, along with entities in China.',
    );
    expectRel(out, 'SHIPPED_TO', 'Golden Crane Electronics (HK) Ltd.', 'Stratoplan');
    for (const t of ['Tianhe Aero Engine', 'Golden Crane Electronics', 'Stratoplan']) expectRel(out, 'SANCTIONED', 'Treasury Department', t);
    expectNoRel(out, 'SANCTIONED', 'Treasury Department', 'China');
  });

  it('reads the list items after "designated the following entities:" as targets, and ends the list at the next paragraph', () => {
    const out = extractText([
      'Today the Office of Foreign Assets Control (OFAC) formally designated the following entities:', '',
      '- Lanmo Parts Co., Ltd. (PRC), for supplying motors to Russia;', '- Orbis Trade FZE (UAE), for re-exporting chips.', '',
      'The Bureau of Industry and Security (BIS) is adding the following entities in the PRC and India to the Entity List:', '',
      '- Kestrel Avia LLC (Russia), for procuring engines.', '', 'The measures take effect today.', '', '- Sunrise Holding is not affected.',
    ].join('\n'));
    expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Lanmo Parts Co., Ltd.');
    expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Orbis Trade FZE');
    expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Kestrel Avia LLC');
    expectRel(out, 'SHIPPED_TO', 'Lanmo Parts Co., Ltd.', 'Russia');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(3);
    expectNoRel(out, 'SHIPPED_TO', 'China', 'Russia');
  });

  it('reads "X was added for …", "was also listed", "was named for", "was cited for" as more names on the list just announced', () => {
    const out = extractText(
      'The U.S. Commerce Department on Tuesday added 10 companies in China and Russia to its Entity List. ' +
        'Apex Sino Components was added for re-exporting microcontrollers to Russia. Jadeport Ltd, a unit of Apex Sino, was also listed. ' +
        'Ningbo Jiarun Magnetics was named for attempting to obtain sensors. Hengli New Energy was cited for supplying batteries to Sever-Elektronika.',
    );
    for (const t of ['Apex Sino Components', 'Jadeport Ltd', 'Ningbo Jiarun Magnetics', 'Hengli New Energy']) expectRel(out, 'SANCTIONED', 'U.S. Commerce Department', t);
    expectNoRel(out, 'SANCTIONED', 'U.S. Commerce Department', 'China');
    expectRel(out, 'SHIPPED_TO', 'Hengli New Energy', 'Sever-Elektronika');
  });

  it('reads "on the two suppliers, as well as on X and its director Y" and "included X in its package of restrictive measures"', () => {
    const out = extractText(
      'Lanmo Tech shipped motors to Rassvet-Avia. Orbis Trade sold cameras to Rassvet-Avia. ' +
        'The National Security and Defense Council imposed sanctions on the two suppliers, as well as on Rassvet-Avia itself and its general director Viktor Plotnikov. ' +
        'The European Union had earlier included Grandwell Pacific Trading in its latest package of restrictive measures against Russia.',
    );
    for (const t of ['Lanmo Tech', 'Orbis Trade', 'Rassvet-Avia', 'Viktor Plotnikov']) expectRel(out, 'SANCTIONED', 'National Security and Defense Council', t);
    expectRel(out, 'SANCTIONED', 'European Union', 'Grandwell Pacific Trading');
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Russia');
  });

  it('gives no sanction without a sanctioning body', () => {
    const out = extractText("Russia's sanctioned missile maker Dravinsk-Tekh builds rockets despite sanctions.");
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('relations: ownership and other types', () => {
  it('reads "a subsidiary of", "part of" and "its subsidiary"', () => {
    const out = extractText(
      'Radiant Micro is a subsidiary of the Russian conglomerate Krasnovar Holding. Tula Arms is part of Gorvex. ' +
        'Lumora Robotics, which has subsidiaries in Germany and Italy, declined to comment.',
    );
    expectRel(out, 'SUBSIDIARY_OF', 'Radiant Micro', 'Krasnovar Holding');
    expectRel(out, 'SUBSIDIARY_OF', 'Tula Arms', 'Gorvex');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toHaveLength(2);
  });

  it('reads "operates a Dubai subsidiary, X", "X, the company\'s Hong Kong unit," and a quoted holding after "part of"', () => {
    const out = extractText(
      'Lianhe Infrared Technology makes sensors. Lianhe International (Hong Kong) Ltd, the company\'s Hong Kong unit, shipped modules to Russia. ' +
        'Lianhe Infrared Technology also operates a Dubai subsidiary, Lianhe Middle East FZCO, which serves the Gulf. ' +
        'Orbita Tekh LLC is part of the defence holding AO «Konsortsium Avtonomnye Sistemy».',
    );
    expectRel(out, 'SUBSIDIARY_OF', 'Lianhe International (Hong Kong) Ltd', 'Lianhe Infrared Technology');
    expectRel(out, 'SUBSIDIARY_OF', 'Lianhe Middle East FZCO', 'Lianhe Infrared Technology');
    expectRel(out, 'SUBSIDIARY_OF', 'Orbita Tekh LLC', 'Konsortsium Avtonomnye Sistemy');
    expect(out.entities.map((e) => e.name)).not.toContain('Dubai');
  });

  it('reads "owned by B, a Mumbai-based unit of C" as two links, and "Trade and Logistics" inside a name', () => {
    const out = extractText('Gulf Meridian is 70 per cent owned by Kesari Trade and Logistics, a Mumbai-based unit of the Kesari Group.');
    expectRel(out, 'SUBSIDIARY_OF', 'Gulf Meridian', 'Kesari Trade and Logistics');
    expectRel(out, 'SUBSIDIARY_OF', 'Kesari Trade and Logistics', 'Kesari Group');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Gulf Meridian', 'Kesari Group');
  });

  it('reads cooperation, negotiation and manufacture', () => {
    const out = extractText('Volga Optics, a firm cooperating with the Belarusian Ministry of Defense, is in negotiations with the drone maker Lianxu Aero. Lianxu Aero\'s TA-30 drone flies far.');
    expectRel(out, 'COOPERATED_WITH', 'Volga Optics', 'Belarusian Ministry of Defense');
    expect(out.relations.some((r) => r.type === 'NEGOTIATED_WITH')).toBe(true);
    expectRel(out, 'MANUFACTURES', 'Lianxu Aero', 'TA-30');
  });
});

describe('relations: evidence', () => {
  it('quotes exactly the original text between its offsets', () => {
    const text = 'Intro line.\n\nThe \u201cquiet\u201d supplier Lotus Bay sold\u00a0drones to Russia \u2014 twice.\n\nRead also:\n\u2022 Other news';
    const out = extractText(text, 'ev.txt');
    const r = expectRel(out, 'SHIPPED_TO', 'Lotus Bay', 'Russia');
    for (const e of r.evidence) {
      expect(e.article).toBe('ev.txt');
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(r.evidence[0].quote).toBe('The \u201cquiet\u201d supplier Lotus Bay sold\u00a0drones to Russia \u2014 twice.');
  });
});
