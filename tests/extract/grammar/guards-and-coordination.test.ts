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

  it('still reads goods sold: "A sold valves to C", "A sold Russia 100 drones"', () => {
    expectRel(extractText('Kelmar Industries sold valves to Dravo Holdings in 2020.'), 'SHIPPED_TO', 'Kelmar Industries', 'Dravo Holdings');
    expectRel(extractText('Kelmar Industries sold Russia 100 drones.'), 'SHIPPED_TO', 'Kelmar Industries', 'Russia');
  });
});

describe('grammar: coordinated and relative supply clauses', () => {
  it('reads a past form after "and" as the coordinated verb: "A bought G from B and resold them to C"', () => {
    const out = extractText('Velmor Trade bought thermal cameras from Qinto Optics and resold them to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:acquire/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/active');
  });

  it('hands goods on from their buyer in a joined passive: "G made by A were purchased by B and delivered to C"', () => {
    const out = extractText('Controllers made by Qinto Optics were purchased by Velmor Trade and delivered to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:acquire/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
  });

  it('hands goods on from the intermediary: "G were routed through A and delivered to B"', () => {
    const out = extractText('The engines were routed through Velmor Trade and delivered to Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive');
  });

  it('reads "which in turn supplied C" as the relative\'s antecedent supplying', () => {
    const out = extractText('Qinto Optics sold most of its output to the importer Velmor Trade, which in turn supplied Sarvek Systems.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('reads "resold" after a name as its verb', () => {
    expectRel(extractText('Velmor Trade resold the goods to the Russian firm Sarvek Systems.'), 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });
});

describe('grammar: standing under sanctions', () => {
  it('reads the bodies of "sanctions of the US, Britain and Japan"', () => {
    const out = extractText('Sarvek Systems is under sanctions of the USA, Great Britain and Japan since 2023.');
    expect(expectRel(out, 'SANCTIONED', 'USA', 'Sarvek Systems').rule).toBe('frame:sanction/subject-to');
    expectRel(out, 'SANCTIONED', 'Japan', 'Sarvek Systems');
  });

  it('reads being on a named list: "A has been on the US Treasury\'s SDN list"', () => {
    expectRel(extractText('Sarvek Systems has been on the US Treasury\'s SDN list since February 2024.'), 'SANCTIONED', 'US Treasury', 'Sarvek Systems');
  });

  it('reads a relative clause and coordinated bodies: "B, which is under U.S. and EU sanctions"', () => {
    const out = extractText('The parts were bought by Velmor Trade, which is under U.S. and EU sanctions.');
    expectRel(out, 'SANCTIONED', 'U.S.', 'Velmor Trade');
    expectRel(out, 'SANCTIONED', 'EU', 'Velmor Trade');
  });

  it('reads "Both companies" as the two named in the sentence before, not an older list', () => {
    const out = extractText('Velmor Trade and Qinto Optics were founded in 2019. Sarvek Systems is part of Dravo Holdings. Both companies have been under EU sanctions since 2022.');
    expectRel(out, 'SANCTIONED', 'EU', 'Sarvek Systems');
    expectRel(out, 'SANCTIONED', 'EU', 'Dravo Holdings');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Velmor Trade');
  });

  it('reads a list "of" its keeper and a time word inside the verb group', () => {
    expect(expectRel(extractText('Sarvek Systems was included to the sanctions list of the European Union in the 16th package.'), 'SANCTIONED', 'European Union', 'Sarvek Systems').rule)
      .toBe('frame:list/passive');
    expectRel(extractText('The deal was coordinated with the United Kingdom, which is today sanctioning Velmor Trade and Qinto Optics.'), 'SANCTIONED', 'United Kingdom', 'Qinto Optics');
  });

  it('reads nothing from a negated standing or a list that is not a sanctions list', () => {
    expectNoRel(extractText('Sarvek Systems is not under U.S. sanctions.'), 'SANCTIONED', 'U.S.', 'Sarvek Systems');
    const out = extractText('Sarvek Systems, which is on the list of the largest exporters, sells radios.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(0);
  });
});

describe('grammar: constructions the frames took over from the older rules', () => {
  it('reads a quoted name standing under sanctions: \'JSC "A" is under sanctions of X\'', () => {
    const out = extractText('JSC "Sarvek" is under sanctions of the USA, Great Britain and Japan since 2023.');
    expect(expectRel(out, 'SANCTIONED', 'USA', 'Sarvek').rule).toBe('frame:sanction/subject-to');
  });

  it('reads a register\'s record of ownership: "A was listed as 95 per cent owned by B"', () => {
    const out = extractText('Before the data was expunged, Velmor Trade was listed as 95 per cent owned by businessman Ivan Petrov.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Velmor Trade', 'Ivan Petrov').rule).toBe('frame:own/passive');
  });
});

describe('discourse: goods the text has already sent somewhere', () => {
  it('takes the destination of goods named again: "the supply of drones to B ... Some of the drones were sold by A through C"', () => {
    const out = extractText('Customs data show that a third of the supply of Chinese drones to Russia came from Qinto Optics. Some of the drones were sold directly by Qinto Optics through its subsidiary Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:supply/passive+via');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Russia');
  });

  it('draws no destination when no earlier flow named one', () => {
    const out = extractText('Qinto Optics is a large company. The drones were sold by Qinto Optics through Velmor Trade.');
    const velmor = out.entities.find((e) => e.name === 'Velmor Trade');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === velmor?.id)).toHaveLength(0);
  });

  it('reads the party that arranged deliveries received: "B received shipments of G facilitated by a company, A"', () => {
    const out = extractText('Officials said Sarvek Systems has received shipments of drones facilitated by a Russian procurement company, Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/active');
  });

  it('reads the makers in the items of an announced goods list as suppliers of the goods\' last holder', () => {
    const out = extractText([
      'Officials said Sarvek Systems has received shipments of drones facilitated by a Russian procurement company, Velmor Trade.',
      'Among the drones shipped were:',
      '- Qinto Models A140 & A900 (one-way attack drones)',
      '- A60, A100 & A200 series, tested with anti-jamming systems',
      '- Dravo Aero\'s HW52V VTOL drone, tested for missions',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Models', 'Velmor Trade').rule).toBe('frame:supply/goods-list-makers');
    expectRel(out, 'SHIPPED_TO', 'Dravo Aero', 'Velmor Trade');
  });

  it('reads no makers from a list of goods that follows no flow', () => {
    const out = extractText(['Sarvek Systems is a drone maker.', 'Among the drones it builds are:', '- Qinto Models A140', '- Dravo Aero\'s HW52V VTOL drone'].join('\n'));
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });
});

describe('discourse: a supplier introduced by name', () => {
  it('makes it the sender of an agentless passive in the next sentence', () => {
    const out = extractText('One of the supplier companies, Qinto Heavy Industries, has close ties to the government. In June, rifles modeled on the M16 were sent to Velmor Trade, a company cooperating with the ministry.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade').rule).toBe('frame:supply/passive');
  });

  it('does not when the company was not introduced as a supplier, or the passive comes two sentences later', () => {
    expectNoRel(extractText('Qinto Heavy Industries has close ties to the government. In June, rifles were sent to Velmor Trade.'), 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
    expectNoRel(extractText('One of the supplier companies, Qinto Heavy Industries, has close ties to the government. The firm\'s chairman met officials. Later, rifles were sent to Velmor Trade.'),
      'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
  });
});

describe('grammar: an agreement\'s party performs its infinitive', () => {
  it('reads "a contract from A to supply G through a company in X to B"', () => {
    const out = extractText('Reporters found an October 2022 contract from the Chinese company Qinto Aero to supply drones through another company in Hong Kong to Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Aero', 'Hong Kong').rule).toBe('frame:supply/active+via');
    expectRel(out, 'SHIPPED_TO', 'Hong Kong', 'Russia');
  });
});

describe('discourse: goods followed from sentence to sentence', () => {
  it('sends goods named again on from where the last flow left them (its intermediary on the way to a country)', () => {
    const out = extractText('In 2023 Qinto Aero sent to Russia more than 3,000 quadcopters through the Kazakh company Velmor Trade. According to journalists, the drones were received by Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/passive');
  });

  it('keeps a country recipient\'s supplier as the goods\' owner: "A supplied Russia with engines. ... The engines were shipped to B through C"', () => {
    const out = extractText('Qinto Aero supplied Russia with engines. This was reported by the Daily Ledger. The engines were shipped to the Russian company Sarvek Systems through the Kazakh firm Velmor Trade in 2023.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Aero', 'Velmor Trade');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('reads an origin statement and the route that follows: "The engines came from A. They were routed through K and delivered to B"', () => {
    const out = extractText('The two-stroke engines came from Qinto Power. They were routed through Velmor Trade LLP, a small trading firm in Almaty, Kazakhstan, and delivered to Sarvek Systems, a Russian importer.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Power', 'Velmor Trade LLP').rule).toBe('frame:supply/passive+to-via');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade LLP', 'Sarvek Systems');
  });

  it('does not take an earlier step told afterwards for a later one: "... to K. The lathes were bought by A through C"', () => {
    const out = extractText('A trading firm in Almaty, Velmor Trade, re-exported machine tools to Sarvek Systems in 2023. The lathes were made by Qinto Tools and were bought by Velmor Trade through a distributor in Poland.');
    expectNoRel(out, 'SHIPPED_TO', 'Sarvek Systems', 'Poland');
  });

  it('gives the older rules no guessed supplier for an agentless passive after an unrelated sentence', () => {
    expectNoRel(extractText('Qinto Heavy Industries has close ties to the government. In June, rifles were sent to Velmor Trade.'), 'SHIPPED_TO', 'Qinto Heavy Industries', 'Velmor Trade');
  });
});

describe('flows: the route of the last flow, and what is not goods', () => {
  it('puts the intermediary of "The shipments were routed through K" between the last flow\'s parties', () => {
    const out = extractText('Since 2023, Qinto Optics has supplied thousands of modules to Russia-based Sarvek Systems, a producer of sights. The shipments were routed through Velmor Trade, a Hong Kong firm.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:supply/passive+to-via');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:supply/passive+route-of-last');
    expectNoRel(out, 'SHIPPED_TO', 'Sarvek Systems', 'Velmor Trade');
  });

  it('draws no flow for money or paperwork received: "received a state order / a payment / funding from A"', () => {
    for (const what of ['a state order', 'a payment', 'funding']) {
      expectNoRel(extractText(`Sarvek Systems received ${what} from Qinto Optics in 2023.`), 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
    }
    expectRel(extractText('Sarvek Systems received engines from Qinto Optics in 2023.'), 'SHIPPED_TO', 'Qinto Optics', 'Sarvek Systems');
  });
});
