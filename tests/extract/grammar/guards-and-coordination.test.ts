/**
 * Precision guards and clause constructions, each shown with sentences written for the test (invented names): a tie
 * the text puts in the past or denies is no ownership; a company named only as the employer of a sanctioned person
 * is not itself sanctioned; a company sold to a buyer is not goods shipped to it; coordinated and relative clauses
 * hand goods on; a party standing under a body's sanctions or on its list is that body's target.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('ownership guards: a tie that no longer holds, or never did', () => {
  it('draws no ownership from "a former subsidiary of B"', () => {
    expectNoRel(extractText('Borvek Trading is a former subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from "formerly a unit of B" or "once a unit of B", for the older rules either', () => {
    expectNoRel(extractText('Borvek Trading, formerly a unit of Kelmar Industries, sells valves.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
    expectNoRel(extractText('Borvek Trading, once a unit of Kelmar Industries, sells valves.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
    expectNoRel(extractText('Borvek Trading was until 2019 a unit of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from a negated copula: "A is not a subsidiary of B"', () => {
    expectNoRel(extractText('Borvek Trading is not a subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('draws none from "its former subsidiary A"', () => {
    expectNoRel(extractText('Kelmar Industries sold its former subsidiary Borvek Trading in 2020.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });

  it('still reads a present tie, and a past word elsewhere in the sentence does not undo it', () => {
    expect(expectRel(extractText('Borvek Trading is a subsidiary of Kelmar Industries.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries').rule).toBe('frame:own/copula-child');
    expectRel(extractText('Borvek Trading, a subsidiary of Kelmar Industries, was previously known as Dravo Parts.'), 'SUBSIDIARY_OF', 'Borvek Trading', 'Kelmar Industries');
  });
});

describe('sanctions guards: a person named by the post they hold', () => {
  it('sanctions the person, not the company: "the EU sanctioned A\'s director, B"', () => {
    const out = extractText('The EU sanctioned Kelmar Industries\' director, Ivan Petrov, on Monday.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Ivan Petrov').rule).toBe('frame:sanction/active');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Kelmar Industries');
  });

  it('sanctions both when both are named as targets: "sanctioned A and its director, B"', () => {
    const out = extractText('The EU sanctioned Kelmar Industries and its director, Ivan Petrov.');
    expectRel(out, 'SANCTIONED', 'EU', 'Kelmar Industries');
    expectRel(out, 'SANCTIONED', 'EU', 'Ivan Petrov');
  });
});

describe('flow guards: a company changing hands', () => {
  it('draws no flow to the buyer of a company: "A sold its subsidiary B to C"', () => {
    const out = extractText('Kelmar Industries sold its subsidiary Borvek Trading to Dravo Holdings in 2020.');
    expectNoRel(out, 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectNoRel(extractText('Kelmar Industries sold Borvek Trading to Dravo Holdings in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
  });

  it('draws no flow from the seller of a company to its buyer: "C bought B from A"', () => {
    const out = extractText('Dravo Holdings bought Borvek Trading LLC from Kelmar Industries in 2020.');
    expectNoRel(out, 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectRel(extractText('Dravo Holdings bought valves from Kelmar Industries in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
  });

  it('still reads goods sold: "A sold valves to C", "A sold Russia 100 drones"', () => {
    expectRel(extractText('Kelmar Industries sold valves to Dravo Holdings in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectRel(extractText('Kelmar Industries sold Russia 100 drones.'), 'SHIPPED_TO', 'Kelmar Industries', 'Russia');
  });
});

describe('grammar: coordinated and relative supply clauses', () => {
  it('reads a past form after "and" as the coordinated verb: "A bought G from B and resold them to C"', () => {
    const out = extractText('Velmor Trade bought pressure sensors from Qinto Optics and resold them to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:acquire/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/active');
  });

  it('hands goods on from their buyer in a joined passive: "G made by A were bought by B and delivered to C"', () => {
    const out = extractText('Bearings made by Qinto Optics were bought by Velmor Trade and delivered to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:acquire/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
  });

  it('hands goods on from the intermediary: "G were routed through A and delivered to B"', () => {
    const out = extractText('The motors were routed through Velmor Trade and delivered to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive');
  });

  it('reads "which in turn supplies C" as the relative\'s antecedent supplying', () => {
    const out = extractText('Qinto Optics sells nearly all its motors to the wholesaler Velmor Trade, which in turn supplies Sarvek Systems.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('reads "resold" after a name as its verb', () => {
    expectRel(extractText('Velmor Trade resold the motors to the Belarusian buyer Sarvek Systems.'), 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });
});

describe('grammar: standing under sanctions', () => {
  it('reads the bodies of "sanctions of the US, Britain and Japan"', () => {
    const out = extractText('Since last spring Sarvek Systems is under sanctions of Canada, the USA and Japan.');
    expect(expectRel(out, 'SANCTIONED', 'USA', 'Sarvek Systems').rule).toBe('frame:sanction/subject-to');
    expectRel(out, 'SANCTIONED', 'Japan', 'Sarvek Systems');
  });

  it('reads being on a named list: "A has been on the US Treasury\'s SDN list"', () => {
    expectRel(extractText('For two years Sarvek Systems has been on the US Treasury\'s SDN list.'), 'SANCTIONED', 'US Treasury', 'Sarvek Systems');
  });

  it('reads a relative clause and coordinated bodies: "B, which is under U.K. and EU sanctions"', () => {
    const out = extractText('The motors went to Velmor Trade, which is under U.K. and EU sanctions.');
    expectRel(out, 'SANCTIONED', 'U.K.', 'Velmor Trade');
    expectRel(out, 'SANCTIONED', 'EU', 'Velmor Trade');
  });

  it('reads "Both companies" as the two named in the sentence before, not an older list', () => {
    const out = extractText('Velmor Trade and Qinto Optics were founded in 2019. Sarvek Systems is part of Dravo Holdings. Both firms are under EU sanctions.');
    expectRel(out, 'SANCTIONED', 'EU', 'Sarvek Systems');
    expectRel(out, 'SANCTIONED', 'EU', 'Dravo Holdings');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Velmor Trade');
  });

  it('reads a list "of" its keeper and a time word inside the verb group', () => {
    expect(expectRel(extractText('In March Sarvek Systems was added to the sanctions list of the European Union.'), 'SANCTIONED', 'European Union', 'Sarvek Systems').rule)
      .toBe('frame:list/passive');
    expectRel(extractText('The move matches one by the United Kingdom, which is today designating Velmor Trade and Qinto Optics.'), 'SANCTIONED', 'United Kingdom', 'Qinto Optics');
  });

  it('reads nothing from a negated standing or a list that is not a sanctions list', () => {
    expectNoRel(extractText('Sarvek Systems is not under U.S. sanctions.'), 'SANCTIONED', 'U.S.', 'Sarvek Systems');
    const out = extractText('Sarvek Systems, which is on the list of the largest exporters, sells radios.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(0);
  });
});

describe('grammar: constructions the frames took over from the older rules', () => {
  it('reads a quoted name standing under sanctions: \'JSC "A" is under sanctions of X\'', () => {
    const out = extractText('JSC "Sarvek" is under sanctions of Canada and the USA.');
    expect(expectRel(out, 'SANCTIONED', 'USA', 'Sarvek').rule).toBe('frame:sanction/subject-to');
  });

  it('reads a register\'s record of ownership: "A was recorded as 80 per cent owned by B"', () => {
    const out = extractText('In the old register Velmor Trade was recorded as 80 per cent owned by businessman Ivan Petrov.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Velmor Trade', 'Ivan Petrov').rule).toBe('frame:own/passive');
  });
});

describe('discourse: goods the text has already sent somewhere', () => {
  it('takes the destination of goods named again: "the export of radios to B ... Part of the radios were sold by A through C"', () => {
    const out = extractText('Trade figures put the export of Estonian radios to Belarus at $3 million last year. Part of the radios were sold by Qinto Optics through its subsidiary Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:supply/passive+via');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Belarus');
  });

  it('draws no destination when no earlier flow named one', () => {
    const out = extractText('Qinto Optics is a large company. The radios were sold by Qinto Optics through Velmor Trade.');
    const velmor = out.entities.find((e) => e.name === 'Velmor Trade');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === velmor?.id)).toHaveLength(0);
  });

  it('reads the party that arranged deliveries received: "B received deliveries of G arranged by a company, A"', () => {
    const out = extractText('Auditors say Sarvek Systems received many deliveries of motors arranged by a Latvian trading company, Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/active');
  });

  it('reads the makers in the items of an announced goods list as suppliers of the goods\' last holder', () => {
    const out = extractText([
      'Auditors say Sarvek Systems received many deliveries of motors arranged by a Latvian trading company, Velmor Trade.',
      'Among the motors delivered were:',
      '- Qinto Models P7 & P9 (deep-well motors)',
      '- P2 and P3 units, built for cold climates',
      '- Dravo Aero\'s X4 booster motor, rated for salt water',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Models', 'Velmor Trade').rule).toBe('frame:supply/goods-list-makers');
    expectRel(out, 'SHIPPED_TO', 'Dravo Aero', 'Velmor Trade');
  });

  it('reads no makers from a list of goods that follows no flow', () => {
    const out = extractText(['Sarvek Systems is a motor maker.', 'Among the motors it builds are:', '- Qinto Models P7', '- Dravo Aero\'s X4 booster motor'].join('\n'));
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });
});

describe('discourse: a supplier introduced by name', () => {
  it('makes it the sender of an agentless passive in the next sentence', () => {
    const out = extractText('One of the exporters, Qinto Heavy Industries, is owned by a regional fund. Last autumn, bearings rated for high loads were sent to Velmor Trade, a company serving the navy.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade').rule).toBe('frame:supply/passive');
  });

  it('does not when the company was not introduced as a supplier, or the passive comes two sentences later', () => {
    expectNoRel(extractText('Qinto Heavy Industries is owned by a regional fund. Last autumn, bearings were sent to Velmor Trade.'), 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
    expectNoRel(extractText('One of the exporters, Qinto Heavy Industries, is owned by a regional fund. The firm\'s chairman met officials. Later, bearings were sent to Velmor Trade.'),
      'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
  });
});

describe('grammar: an agreement\'s party performs its infinitive', () => {
  it('reads "an agreement with A to deliver G through a company in X to B"', () => {
    const out = extractText('Auditors found an agreement with the Estonian company Qinto Aero to deliver motors through another company in Latvia to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Aero', 'Latvia').rule).toBe('frame:supply/active+via');
    expectRel(out, 'SHIPPED_TO', 'Latvia', 'Belarus');
  });
});

describe('discourse: goods followed from sentence to sentence', () => {
  it('sends goods named again on from where the last flow left them (its intermediary on the way to a country)', () => {
    const out = extractText('Last year Qinto Aero sent to Belarus some 900 motors through the Latvian company Velmor Trade. Auditors say the motors were received by Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/passive');
  });

  it('keeps a country recipient\'s supplier as the goods\' owner: "A supplied X with motors. ... The motors were shipped to B through C"', () => {
    const out = extractText('Qinto Aero supplied Belarus with motors. The Daily Ledger broke the story. The motors were shipped to the Belarusian firm Sarvek Systems through the Latvian trader Velmor Trade last year.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Aero', 'Velmor Trade');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('reads an origin statement and the route that follows: "The motors came from A. They were routed through K and delivered to B"', () => {
    const out = extractText('The booster motors came from Qinto Power. They were routed through Velmor Trade LLP, a Latvian wholesaler, and delivered to Sarvek Systems, a Belarusian utility.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Power', 'Velmor Trade LLP').rule).toBe('frame:supply/passive+to-via');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade LLP', 'Sarvek Systems');
  });

  it('does not take an earlier step told afterwards for a later one: "... to K. The motors were bought by A through C"', () => {
    const out = extractText('A Latvian wholesaler, Velmor Trade, resold motors to Sarvek Systems last year. The motors were made by Qinto Tools and were bought by Velmor Trade through a dealer in Poland.');
    expectNoRel(out, 'SHIPPED_TO', 'Sarvek Systems', 'Poland');
  });

  it('gives the older rules no guessed supplier for an agentless passive after an unrelated sentence', () => {
    expectNoRel(extractText('Qinto Heavy Industries is owned by a regional fund. Last autumn, bearings were sent to Velmor Trade.'), 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
  });
});

describe('flows: the route of the last flow, and what is not goods', () => {
  it('puts the intermediary of "The consignments were routed through K" between the last flow\'s parties', () => {
    const out = extractText('For two years Qinto Optics has supplied motors to Sarvek Systems, a Belarusian utility. The consignments were routed through Velmor Trade, a Latvian wholesaler.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:supply/passive+to-via');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive+route-of-last');
    expectNoRel(out, 'SHIPPED_TO', 'Sarvek Systems', 'Velmor Trade');
  });

  it('draws no flow for money or paperwork received: "received an order / a payment / funding from A"', () => {
    for (const what of ['an order', 'a payment', 'funding']) {
      expectNoRel(extractText(`Sarvek Systems received ${what} from Qinto Optics in 2023.`), 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
    }
    expectRel(extractText('Sarvek Systems received motors from Qinto Optics in 2023.'), 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
  });
});

describe('grammar: goods bought from one party and passed to another', () => {
  it('reads "A bought G from a British firm, B, and later transferred similar equipment to C\'s arms agency, D" as B -> A -> D only', () => {
    const out = extractText('Halvern Group bought sensors from a British firm, Brask Logistics, and later transferred similar equipment to Russia\'s arms agency, Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
  });
});

describe('grammar: a name joined to the opening phrase, and a name that opens the next clause', () => {
  it('reads "Vietnam and other states and the United Nations have put sanctions on K" as both bodies\' measure', () => {
    const out = extractText('Vietnam and other Asian states and the United Nations have put trade sanctions on Laos.');
    for (const b of ['Vietnam', 'United Nations']) expect(expectRel(out, 'SANCTIONED', b, 'Laos').rule).toBe('frame:impose/active');
  });

  it('reads "sold G to A and the United Nations imposed sanctions on K" as two clauses, not a list of recipients', () => {
    const out = extractText('Laos sold drones to Vietnam and the United Nations imposed sanctions on Laos.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'United Nations');
    expect(expectRel(out, 'SANCTIONED', 'United Nations', 'Laos').rule).toBe('frame:impose/active');
    // (After a verb's object too; and a name inside a phrase of place is no part of the next clause's subject.)
    const bombed = extractText('Laos bombed Vietnam and the United Nations imposed sanctions on Mongolia.');
    expectNoRel(bombed, 'SANCTIONED', 'Vietnam', 'Mongolia');
    expectRel(bombed, 'SANCTIONED', 'United Nations', 'Mongolia');
    // (Not names after a verb of saying or thinking, which are the next clause's subject: "Officials said A and B
    // shipped G", "Investigators believe A and B obtained G".)
    for (const text of ['Officials said exporters including Halvern Group and Brask Logistics shipped rifles to Laos.',
      'Officials said firms like Halvern Group and Brask Logistics shipped rifles to Laos.',
      'Investigators believe Halvern Group and Brask Logistics shipped rifles to Laos.']) {
      expect(expectRel(extractText(text), 'SHIPPED_TO', 'Halvern Group', 'Laos').rule, text).toBe('frame:supply/active');
    }
    // (Nor past a comma that closes an opening clause: its verb is no verb of the list's clause.)
    expectRel(extractText('When the talks ended, firms in Laos and Halvern Group shipped rifles to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectNoRel(extractText('Laos sold rifles in Vietnam and the United Nations imposed sanctions on Mongolia.'), 'SANCTIONED', 'Vietnam', 'Mongolia');
    // (A list after a word that opens a clause is that clause's subject: "After A and B imposed ...".)
    const after = extractText('Laos sold more rifles after Vietnam and the United Nations imposed trade sanctions on Mongolia.');
    for (const b of ['Vietnam', 'United Nations']) expectRel(after, 'SANCTIONED', b, 'Mongolia');
    // (A list that goes on to its own time phrase, or names described by a participle, stays a list.)
    expectRel(extractText('Halvern Group sold drones to Vietnam and Mongolia last year.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(extractText('Sanctions were imposed on Halvern Group and Brask Logistics designated by Laos.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
    expect(expectRel(extractText('Halvern Group supplied parts to Laos and Vietnam using shell firms.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
    const controlled = extractText('Halvern Group shipped rifles to Tessaly Optics and Brask Logistics controlled by the army.');
    expect(expectRel(controlled, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply/active');
  });
});
