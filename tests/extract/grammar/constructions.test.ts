/**
 * Constructions added from the real-text dev errors, each shown with sentences written for the test (invented
 * names): reduced passives after goods and measures, associates beside a named conjunct, relative clauses on
 * traders, nominal supply under a governing clause, copular roles, asides inside the object, and the guards.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: constructions read from real reporting', () => {
  it('reads a reduced passive after a goods or sanctions phrase: "sanctions imposed on A by B", "UAVs shipped from A to B"', () => {
    const out = extractText([
      'Shell firms are used to evade sanctions imposed on Varkonia by the United States.',
      'The workshop repairs UAVs shipped from Iran to Pemberly Trading.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Varkonia').rule).toBe('frame:impose/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Iran', 'Pemberly Trading').rule).toBe('frame:supply/passive');
    // A capitalised goods word is not a trader.
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(1);
  });

  it('keeps an active verb after a trader phrase: "Chinese firms shipped to Russia ..."', () => {
    const out = extractText('Chinese firms shipped to Russia more than 500 drones last year.');
    expectRel(out, 'SHIPPED_TO', 'China', 'Russia');
  });

  it('reads "instated"/"adopted" sanctions and lets "A and its allies" stand for A', () => {
    const out = extractText('Canada and its partners adopted a new round of sanctions on Belarus in spring. Japan and its allies instated sanctions on Iran.');
    expect(expectRel(out, 'SANCTIONED', 'Canada', 'Belarus').rule).toBe('frame:impose/active');
    expectRel(out, 'SANCTIONED', 'Japan', 'Iran');
  });

  it('reads a relative clause on "A and several other companies that supplied ..."', () => {
    const out = extractText('Pemberly Trading and several other firms that sold radar parts to Varkon Drones were named in the report.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Drones').rule).toBe('frame:supply/active');
  });

  it('does not let a country sanctioned as a whole become the body behind "the latest sanctions"', () => {
    const out = extractText([
      'The Treasury Department imposed sanctions on a network of drone suppliers.',
      'The United States and its partners imposed broad sanctions on Russia that year.',
      'The latest sanctions target Halvern Tech and its director Osric Vale.',
    ].join(' '));
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Halvern Tech');
  });

  it('reads "these firms were involved in the export of G to B" after a list', () => {
    const out = extractText([
      'The Treasury Department imposed sanctions against three companies: Pemberly Trading, Halvern Tech and Ferrowind LLC.',
      'Prosecutors say these firms were involved in the export of navigation modules to Russia.',
    ].join(' '));
    for (const n of ['Pemberly Trading', 'Halvern Tech', 'Ferrowind LLC']) expect(expectRel(out, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:engaged-in-supply/passive');
  });

  it('reads a supplier named in a copular role: "one of A\'s suppliers is a company, B", "the company is a source of supply for B"', () => {
    const out = extractText([
      'Trade data suggest that one of Varkon Drones\' largest suppliers is a trading house, Halvern Tech, once a furniture dealer.',
      'Duskmoor Systems sells microchips. Officials said the company is a key source of chips for Russia.',
      'A source familiar with Pemberly Trading spoke to reporters for Russia Today.',
    ].join(' '));
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Varkon Drones');
    expect(expectRel(out, 'SHIPPED_TO', 'Duskmoor Systems', 'Russia').rule).toBe('frame:supply/copular-role');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Russia');
  });

  it('reads "the A plant shipped G, which ..., to B": the company behind its plant, roles past an aside', () => {
    const out = extractText([
      'Halvern Tech runs a sensor plant.',
      'Before the war in Ukraine, the Halvern Tech plant sent most of its output, which included sensors, to a buyer in Minsk called Varkon Drones.',
    ].join(' '));
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Varkon Drones');
    expectNoRel(out, 'SHIPPED_TO', 'Ukraine', 'Varkon Drones');
  });

  it('reads ownership: "a B subsidiary", "the parent company of A", an object relative, "as the owner of N per cent of A"', () => {
    const out = extractText([
      'Gellert Instruments is a Rostrum Corporation subsidiary.',
      'Varkon Holdings, the parent company of Dunmore Optics, said nothing.',
      'Pallow Industries, which businessman Osric Vale controls, shipped parts.',
      'The register names businessman Irwin Stahl as an owner of 10 per cent of Lindqvist Drones, a sensor maker.',
      'The list also covers two traders, businessmen Pavel Orlov and Denis Marek. The notice names them as holders of shares in Bina Holding, a broker.',
      'Holding group Rostrum Corporation, which runs several shipyards, owns the remaining 40 percent in Tarnby Works.',
    ].join(' '));
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Gellert Instruments', 'Rostrum Corporation').rule).toBe('frame:own/copula-modifier-child');
    expectRel(out, 'SUBSIDIARY_OF', 'Dunmore Optics', 'Varkon Holdings');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Pallow Industries', 'Osric Vale').rule).toBe('frame:own/active');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Lindqvist Drones', 'Irwin Stahl').rule).toBe('frame:own/as-role-owner');
    expectRel(out, 'SUBSIDIARY_OF', 'Bina Holding', 'Pavel Orlov');
    expectRel(out, 'SUBSIDIARY_OF', 'Bina Holding', 'Denis Marek');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tarnby Works', 'Rostrum Corporation').rule).toBe('frame:stake/active');
  });

  it('reads sanctions: "among the companies sanctioned by B", frozen assets, a package that includes A, "hit with US sanctions"', () => {
    const out = extractText([
      'The Commerce Department added Halvern Tech and Duskmoor Systems to its Entity List.',
      'Brantwick Systems was among the companies sanctioned by the European Union.',
      'The UK government froze the assets of Selby Optics.',
      'The assets of Morrow Parts were frozen by the European Union.',
      "The EU's 12th sanctions package included Ambry Optics.",
      'Sable Dynamics was hit with US sanctions in May.',
      'The fund bought the plant from businessman Osric Vale, who was among the traders hit with European Union sanctions in 2021.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Brantwick Systems').rule).toBe('frame:sanction/passive');
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Halvern Tech');
    expect(expectRel(out, 'SANCTIONED', 'United Kingdom', 'Selby Optics').rule).toBe('frame:freeze/active');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Morrow Parts').rule).toBe('frame:freeze/passive');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Ambry Optics').rule).toBe('frame:measure-includes/active');
    expectRel(out, 'SANCTIONED', 'United States', 'Sable Dynamics');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Sable Dynamics');
    expectRel(out, 'SANCTIONED', 'European Union', 'Osric Vale');
  });

  it('takes a name opening a sentence for a trader when an apposition says so: "A, maker of bombers, was also designated"', () => {
    const out = extractText('The Treasury Department imposed sanctions on Rostrum Corporation. Tarvolev, maker of naval radios, was also designated.');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Tarvolev');
  });

  it('draws no flow from an attempted, planned or denied shipment, whichever rule reads it', () => {
    const out = extractText([
      'Ambry Optics arranged to send lenses to Belarus, but the deal fell through.',
      'Pemberly Trading attempted to ship drones to Varkon Drones.',
      'There is no evidence that Duskmoor Systems exported chips to Iran.',
      'Tarnby Works allegedly shipped rifles to Russia.',
    ].join(' '));
    expectNoRel(out, 'SHIPPED_TO', 'Ambry Optics', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Drones');
    expectNoRel(out, 'SHIPPED_TO', 'Duskmoor Systems', 'Iran');
    expectRel(out, 'SHIPPED_TO', 'Tarnby Works', 'Russia');
  });

  it('reads goods "finding their way into A via B", "A\'s drones reached B" and "the A group received G from B"', () => {
    const out = extractText([
      'Restricted sensors keep finding their way into Belarus via Armenia.',
      "Shipping data show Merrow Aviation's sensors reached Belarusian buyers despite the ban.",
      'The Ostrog group received thousands of radios from China last spring.',
    ].join(' '));
    expect(expectRel(out, 'SHIPPED_TO', 'Armenia', 'Belarus').rule).toBe('frame:find-way/active+via-only');
    expectRel(out, 'SHIPPED_TO', 'Merrow Aviation', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Shipping', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'China', 'Ostrog');
  });

  it('does not make the name in "a B-controlled company" the buyer', () => {
    const out = extractText('The report names businessman Osric Vale. Pemberly Trading sent tyres to a Vale-controlled mining firm in Mali in June.');
    expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Mali');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Osric Vale');
  });

  it('reads ownership: "a wholly owned subsidiary of", "the B subsidiary A", a takeover, "has a stake in", "A\'s main shareholder is B"', () => {
    const out = extractText([
      'Halvern Tech is a wholly owned subsidiary of Varkon Holdings.',
      'The Rostrum Corporation subsidiary Ambry Optics supplied sights to the army.',
      'Brantwick Systems was acquired by Kettle Rock Holdings in 2019.',
      'Duskmoor Group, which has a 49% stake in Ferrowind LLC, declined to comment.',
      "Pemberly Trading's main shareholder is Marwick Capital.",
      'The owner of Selby Optics, businessman Osric Vale, is under sanctions.',
      'Tarnby Works is majority-owned by Rostrum Corporation.',
      "Gellert Instruments' parent company, Lindqvist Holdings, denied the claims.",
      'Controllers made by Dongguan Lanxing Electronics were purchased by Brightpeak Trading Ltd.',
    ].join(' '));
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Tech', 'Varkon Holdings').rule).toBe('frame:own/copula-child');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Ambry Optics', 'Rostrum Corporation').rule).toBe('frame:own/modifier-child');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brantwick Systems', 'Kettle Rock Holdings').rule).toBe('frame:takeover/passive');
    expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind LLC', 'Duskmoor Group');
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Marwick Capital');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Selby Optics', 'Osric Vale').rule).toBe('frame:own/owner-of-apposition');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tarnby Works', 'Rostrum Corporation').rule).toBe('frame:own/passive');
    expectRel(out, 'SUBSIDIARY_OF', 'Gellert Instruments', 'Lindqvist Holdings');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Dongguan Lanxing Electronics', 'Brightpeak Trading Ltd');
  });

  it('reads "A was supplied by B" and "B, which then resold them to C"; keeps no older guess beside a reading of the same clause', () => {
    const out = extractText([
      'Investigators identified three suppliers. They are Pemberly Trading, Halvern Tech and Duskmoor Systems. These firms shipped drone parts to Russia.',
      'Varkon Drones was supplied by Ferrowind LLC.',
      'Corlan Trade sold the chips to Hexley Parts, which then resold them to Russia.',
      'Lindqvist Drones and Gellert Instruments supplied components to the Russian military.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Ferrowind LLC', 'Varkon Drones').rule).toBe('frame:supply-party/passive');
    expectNoRel(out, 'SHIPPED_TO', 'Ferrowind LLC', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'Hexley Parts', 'Russia').rule).toBe('frame:supply/active');
    // A demonym's military named as the recipient is its own entity (the mention stage's rule).
    expectRel(out, 'SHIPPED_TO', 'Lindqvist Drones', 'Russian military');
    expectNoRel(out, 'SHIPPED_TO', 'Lindqvist Drones', 'Hexley Parts');
    expectNoRel(out, 'SHIPPED_TO', 'Gellert Instruments', 'Hexley Parts');
  });

  it('resolves "the Kyrgyz company" to the last company the text placed there', () => {
    const out = extractText([
      'Lanport Electronics sold the modules to the Kazakh trader Steppe Line Import in March. The Kazakh company then re-exported the modules to Volga Rotor.',
      'Pemberly Trading, a Turkish distributor, bought chips from Halvern Tech. The Turkish firm shipped them to Russia.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Steppe Line Import', 'Volga Rotor').rule).toBe('frame:supply/active');
    expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Russia');
  });

  it('reads trading roles: "one of B\'s main suppliers", "A\'s supplier B", "a major buyer of G from B", imports as an event', () => {
    const out = extractText([
      "Pemberly Trading is one of Varkon Drones' main suppliers.",
      "Halvern Tech's supplier Duskmoor Systems shipped the chips in May.",
      'Selby Optics is a major buyer of chips from Marwick Ltd.',
      "Russia's imports from China rose sharply in 2023. Purchases by Ferrowind LLC from Kettle Rock Holdings doubled.",
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Drones').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'Duskmoor Systems', 'Halvern Tech').rule).toBe('frame:supply/possessive-supplier');
    expect(expectRel(out, 'SHIPPED_TO', 'Marwick Ltd', 'Selby Optics').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'China', 'Russia').rule).toBe('frame:acquire/nominal');
    expectRel(out, 'SHIPPED_TO', 'Kettle Rock Holdings', 'Ferrowind LLC');
  });

  it('reads sanctions "on A and its director, B", "decided to impose ... on A", "A today imposed", "A is subject to / under sanctions"', () => {
    const out = extractText([
      'Washington imposed sanctions on Orbis Logistics and its director, Karl Brenner.',
      'The Council of the European Union today decided to impose restrictive measures on Kestrel Systems Ltd.',
      'Marwick Ltd has been under US sanctions since 2022.',
      'Varkon Drones is subject to UK sanctions.',
    ].join('\n'));
    expectRel(out, 'SANCTIONED', 'United States', 'Orbis Logistics');
    expectRel(out, 'SANCTIONED', 'United States', 'Karl Brenner');
    expect(expectRel(out, 'SANCTIONED', 'Council of the European Union', 'Kestrel Systems Ltd.').rule).toBe('frame:impose/active');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Marwick Ltd').rule).toBe('frame:sanction/subject-to');
    expect(expectRel(out, 'SANCTIONED', 'United Kingdom', 'Varkon Drones').rule).toBe('frame:sanction/subject-to');
  });

  it('reads the origin of goods sent in the passive, past their value: "US chips worth $N were sent to B", "Chinese drones were delivered to the Russian army"', () => {
    const out = extractText([
      'Over ten months, Japanese lathes worth at least $12 million were sent to Belarus.',
      'Chinese drones were delivered to the Iranian army in 2023.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Japan', 'Belarus').rule).toBe('frame:supply/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'China', 'Iranian army').rule).toBe('frame:supply/passive');
  });

  it('reads transit: goods passing through A on their way to B, moving from A to B via C, entering B through A, a transit hub', () => {
    const out = extractText([
      'The sensors transited through Georgia before reaching Belarus.',
      'The lenses passed through Armenia on their way to Iran.',
      'The cargo moved from China to Belarus via Mongolia.',
      'Most of the parts entered Russia through Azerbaijan.',
      'Uzbekistan became a transit hub for Western goods heading to Iran.',
      'The company moved from Latvia to Estonia in 2020.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Georgia', 'Belarus').rule).toBe('frame:transit/active+via-only');
    expectRel(out, 'SHIPPED_TO', 'Armenia', 'Iran');
    expectRel(out, 'SHIPPED_TO', 'China', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Azerbaijan', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'Uzbekistan', 'Iran').rule).toBe('frame:supply/copular-role');
    expectNoRel(out, 'SHIPPED_TO', 'Latvia', 'Estonia');
  });

  it('takes the body whose list a target was added to as the one behind the next "was also sanctioned"', () => {
    const out = extractText([
      'The United States first imposed sanctions on Halvern Tech in 2022.',
      "Ferrowind LLC was added to the Treasury Department's sanctions list in May.",
      'Kestrel Systems Ltd. was also sanctioned in September.',
    ].join('\n'));
    expect(expectRel(out, 'SANCTIONED', 'Treasury Department', 'Ferrowind LLC').rule).toBe('frame:list/passive');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Kestrel Systems Ltd.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Kestrel Systems Ltd.');
  });

  it('reads a second relative joined by "and which" as the first aside\'s, and "its" only as a name given before it', () => {
    const out = extractText([
      'Also sanctioned was Orel Avionics, the maker of the Kite and Lark glider kits – planes flown by many flight schools – and which is wholly owned by Calder Aero Holding.',
      'Merrow Drones builds survey drones. Among its suppliers is Tarnby Fiber, a carbon producer that operates nearby and that is sanctioned by Japan.',
    ].join('\n'));
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orel Avionics', 'Calder Aero Holding').rule).toBe('frame:own/passive');
    expectRel(out, 'SHIPPED_TO', 'Tarnby Fiber', 'Merrow Drones');
    expectRel(out, 'SANCTIONED', 'Japan', 'Tarnby Fiber');
  });

  it('reads ownership: "part of B" (as a verb or a noun), "N per cent owned by", "a company wholly owned by B", "its subsidiary", "operates a subsidiary, B"', () => {
    const out = extractText([
      'Orel Avionics is part of Rostrum Corporation, the state aircraft group.',
      'The sensors were assembled at Lark Optics, a plant in Kazan that is part of state conglomerate Rostrum Corporation.',
      'Gulf Meridian is 70 per cent owned by Kesterline Holdings, a trading group.',
      'The parts went through Arcmont Trading Limited, a Hong Kong-based company wholly owned by Borrell Photonics.',
      'Many of the cameras were sold directly by Merrow Drones through its subsidiary Pell Aero.',
      'Fenwick Infrared also operates a Dubai subsidiary, Fenwick Gulf FZCO, which serves customers in Africa.',
    ].join('\n'));
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orel Avionics', 'Rostrum Corporation').rule).toBe('frame:own/part-of');
    expectRel(out, 'SUBSIDIARY_OF', 'Lark Optics', 'Rostrum Corporation');
    expectRel(out, 'SUBSIDIARY_OF', 'Gulf Meridian', 'Kesterline Holdings');
    expectRel(out, 'SUBSIDIARY_OF', 'Arcmont Trading Limited', 'Borrell Photonics');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Pell Aero', 'Merrow Drones').rule).toBe('frame:own/possessive-child');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Fenwick Gulf FZCO', 'Fenwick Infrared').rule).toBe('frame:own/child-apposition');
  });

  it('reads "the company\'s subsidiary, B," as the subsidiary of the company the text is about', () => {
    const out = extractText("Lindqvist Imaging sold satellite photos to Varkon Drones. The company's subsidiary, Orbis Space, was also designated for supplying radar images to Halvern Tech.");
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orbis Space', 'Lindqvist Imaging').rule).toBe('frame:own/child-apposition');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Orbis Space', 'Varkon Drones');
  });

  it('reads described groups of targets: "The designated entities include A", "Those sanctioned include B", "The list includes C"', () => {
    const out = extractText([
      'The Treasury Department announced new sanctions on Tuesday.',
      'The designated entities include Halvern Tech and Duskmoor Systems.',
      'Those sanctioned include Ferrowind LLC.',
      'The sanctioned companies are Kestrel Systems Ltd. and Orbis Logistics.',
      'The list includes Marwick Capital.',
    ].join('\n'));
    for (const n of ['Halvern Tech', 'Duskmoor Systems', 'Ferrowind LLC', 'Kestrel Systems Ltd.', 'Orbis Logistics', 'Marwick Capital']) {
      expect(expectRel(out, 'SANCTIONED', 'Treasury Department', n).rule).toBe('frame:sanction/targets-include');
    }
  });

  it('draws no sanction from a described group when no body has sanctioned anyone', () => {
    const out = extractText('The shortlisted companies are Kestrel Systems Ltd. and Orbis Logistics. The list includes Marwick Capital.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(0);
  });

  it('reads a helper, a dependence and a go-between: "A helped B procure G", "B relied on A for G", "A acted as a middleman for shipments to B"', () => {
    const out = extractText([
      'Halvern Tech helped Iran procure Western microchips.',
      'Varkon Drones relied on Ferrowind LLC for engines.',
      'Marwick Capital acted as a middleman for shipments to Belarus.',
      'The company relied on bank loans for years.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Iran').rule).toBe('frame:acquire/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Ferrowind LLC', 'Varkon Drones').rule).toBe('frame:rely/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Marwick Capital', 'Belarus').rule).toBe('frame:supply/copular-role');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(3);
  });

  it('reads the party relied upon, not a later "on" phrase: "B relied upon A for G in its war on C"', () => {
    const out = extractText('Belarus has increasingly relied upon Ferrowind LLC for shells in its war on Ruthenia Corp.');
    expect(expectRel(out, 'SHIPPED_TO', 'Ferrowind LLC', 'Belarus').rule).toBe('frame:rely/active');
    expectNoRel(out, 'SHIPPED_TO', 'Ruthenia Corp', 'Belarus');
  });

  it('draws no flow from warnings, bans, fears and stopped trade', () => {
    const out = extractText([
      'The US warned China against supplying weapons to Belarus.',
      'Kestrel Systems Ltd. was banned from selling chips to Iran.',
      'Officials fear that Pemberly Trading could start shipping chips to Russia.',
      'Ferrowind LLC has not delivered any parts to Belarus since the war began.',
    ].join('\n'));
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });

  it('draws no sanction from lifted, considered, proposed or threatened measures, and no ownership from a denied one', () => {
    const out = extractText([
      'The European Union lifted sanctions on Pemberly Trading in March.',
      'Halvern Tech was removed from the Entity List by the Commerce Department.',
      'The EU is considering sanctions on Duskmoor Systems.',
      'The UK government proposed sanctions against Selby Optics.',
      'The US threatened to sanction Kestrel Systems Ltd.',
      'Orbis Logistics is not owned by Marwick Capital.',
    ].join('\n'));
    expect(out.relations.filter((r) => r.type === 'SANCTIONED' || r.type === 'SUBSIDIARY_OF')).toHaveLength(0);
  });

  it('draws nothing from what is expected, poised, going or needed to happen', () => {
    const out = extractText([
      'The United States is expected to sanction Pemberly Trading next week.',
      'The EU is poised to impose sanctions on Halvern Tech.',
      'Duskmoor Systems is going to ship drones to Belarus.',
      'Belarus needs to import chips from China.',
    ].join('\n'));
    expect(out.relations).toHaveLength(0);
  });

  it('reads a recipient as the first of two objects ("sold Belarus 100 drones"), and a company sold whole as no buyer', () => {
    const out = extractText([
      'Pemberly Trading sold Belarus 100 drones in 2023.',
      'Halvern Tech sent Varkon Drones two shipments of chips.',
      'Duskmoor Systems sold Ferrowind LLC last year.',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Belarus').rule).toBe('frame:supply-dative/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Varkon Drones').rule).toBe('frame:supply-dative/active');
    expectNoRel(out, 'SHIPPED_TO', 'Duskmoor Systems', 'Ferrowind LLC');
  });

  it('names counted parties from a closing colon list or the next sentence ("Two firms shipped G to B. They were A and C.")', () => {
    const out = extractText([
      'Three companies supplied the parts to Russia: Pemberly Trading, Halvern Tech and Duskmoor Systems.',
      'Two firms shipped radios to Belarus. They were Orbis Logistics and Marwick Capital.',
    ].join('\n'));
    for (const n of ['Pemberly Trading', 'Halvern Tech', 'Duskmoor Systems']) expectRel(out, 'SHIPPED_TO', n, 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Halvern Tech');
    for (const n of ['Orbis Logistics', 'Marwick Capital']) expect(expectRel(out, 'SHIPPED_TO', n, 'Belarus').rule).toBe('frame:supply/active+named-next');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Belarus');
  });

  it('reads a past participle between an adjective and a noun as a modifier: "shipped $3m of optical guided sensors to B"', () => {
    const out = extractText('Tarvel Optics is a lens maker. In March, Tarvel shipped nearly $3m of optical guided sensors and spare lenses to Corvel Tooling.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarvel', 'Corvel Tooling').rule).toBe('frame:supply/active');
  });

  it('names a counted group again by its count, its names after a colon, a few sentences on: "Three firms sold G to B ... three companies took part: A, C and D"', () => {
    const out = extractText([
      'Three Bulgarian companies began selling drone parts to Russia in 2022.',
      'All of them worked as brokers. They shipped the parts by truck. None of the goods passed through Bulgaria.',
      'According to the ministry, three companies took part in the scheme: Orvik Trading, Halcott Parts, and Pemberly Spares.',
    ].join(' '));
    for (const n of ['Orvik Trading', 'Halcott Parts', 'Pemberly Spares']) expect(expectRel(out, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:supply/active+named-next');
    // Another count names another group.
    const other = extractText('Three Bulgarian companies began selling drone parts to Russia in 2022. All of them worked as brokers. They shipped the parts by truck. ' +
      'Two companies were fined: Orvik Trading and Halcott Parts.');
    expectNoRel(other, 'SHIPPED_TO', 'Orvik Trading', 'Russia');
  });

  it('reads ordinals against the last list: "the first two ... Their owner is B. The third is owned by C"', () => {
    const out = extractText('Three firms took part: Orvik Trading, Halcott Parts and Pemberly Spares. The first two were set up in 2020. ' +
      'Their owner is Tomas Vargen. The third is owned by Elin Sorvald.');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvik Trading', 'Tomas Vargen');
    expectRel(out, 'SUBSIDIARY_OF', 'Halcott Parts', 'Tomas Vargen');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Pemberly Spares', 'Tomas Vargen');
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Spares', 'Elin Sorvald');
  });
});
