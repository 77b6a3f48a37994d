/**
 * Targets named in the wordings of a list that grows, shown with sentences written for the test (invented names):
 * "targeted three firms for sanctions, A, B and C" (the group's names past what it is taken for), "Other sanctioned
 * individuals include A", "The list of sanctioned firms was expanded to include A, the B weapon manufacturer, C and
 * D" (past what the list is of, and an item described by its name before a noun for a firm), "Also listed were A and B",
 * "Added to the list were A and B".
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('sanctions: a counted group named past what it is taken for', () => {
  it('reads "targeted three more drone firms for sanctions, A, B and C" as the targets', () => {
    const out = extractText('Besides Orvanne, the Treasury Department targeted three more drone firms for sanctions, Halvern Vektor, Tessaly Optics and the Brask Electronics Research Institute.');
    for (const n of ['Halvern Vektor', 'Tessaly Optics', 'Brask Electronics Research Institute']) expectRel(out, 'SANCTIONED', 'Treasury Department', n);
  });
});

describe('sanctions: lists of targets that grow', () => {
  it('reads "Other sanctioned individuals include A" as a target of the measure just reported', () => {
    const out = extractText('The Treasury sanctioned nine people on Monday. Other sanctioned individuals include Martin Varno, a partner of Irina Olskaya, and two employees.');
    expect(expectRel(out, 'SANCTIONED', 'Treasury', 'Martin Varno').rule).toBe('frame:sanction/targets-include');
  });

  it('reads "The list of sanctioned firms was expanded to include A, the B weapon manufacturer, C and D" as four targets', () => {
    const out = extractText('The EU imposed new sanctions on Monday. The list of sanctioned Laotian companies was expanded to include Halvernpromservis, ' +
      'the OKB Brask weapon manufacturer, KB Tessaly Helicopters and Orvanne Devices.');
    for (const n of ['Halvernpromservis', 'OKB Brask', 'KB Tessaly Helicopters', 'Orvanne Devices']) {
      expect(expectRel(out, 'SANCTIONED', 'EU', n).rule).toBe('frame:sanction/targets-include');
    }
  });

  it('takes no target from the name in an indefinite description of an item ("A, a B weapon supplier, and C")', () => {
    const out = extractText('The EU imposed new sanctions on Monday. The list of sanctioned Laotian companies was expanded to include Halvernpromservis, a Brask Group weapon supplier, and Orvanne Devices.');
    expectRel(out, 'SANCTIONED', 'EU', 'Orvanne Devices');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Group');
  });

  it('takes no target from a list of what is not said to be targeted ("The list of A\'s suppliers includes B")', () => {
    const out = extractText('The EU imposed new sanctions on Monday. The list of Halvern’s suppliers includes Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
  });
});

describe('sanctions: targets given after a sentence adverb, past relative clauses, between dashes and past a description', () => {
  it('reads "Specifically, the targeted individuals are A and B" past the adverb', () => {
    const out = extractText('The US sanctioned Halvern Group on Monday. Specifically, the targeted individuals are Martin Varno and Irina Olskaya.');
    for (const n of ['Martin Varno', 'Irina Olskaya']) expect(expectRel(out, 'SANCTIONED', 'United States', n).rule).toBe('frame:sanction/targets-include');
    // (Only an adverb: a name before the comma opens the list it is part of.)
    const named = extractText('The US imposed sanctions on four companies. Halvernix, Brask Logistics, Tessaly Optics and Orvanne Ltd have provided drones to Laos.');
    for (const n of ['Halvernix', 'Orvanne Ltd']) expectRel(named, 'SANCTIONED', 'United States', n);
  });

  it('reads "Among the lenders listed are A, which ..., and B, which ..." as both targets', () => {
    const out = extractText('The US imposed new sanctions on Monday. Among the lenders listed are Halvern Bank, which runs branches across Laos, ' +
      'and Brask Credit Bank, which also operates in Vietnam.');
    for (const n of ['Halvern Bank', 'Brask Credit Bank']) expectRel(out, 'SANCTIONED', 'United States', n);
  });

  it('reads "Four Laotian officials -- A, B, C and D -- were also targeted" as four targets', () => {
    const out = extractText('The US sanctioned Halvern Group on Monday. Four Laotian officials -- Martin Varno, Irina Olskaya, Oleg Brask and Anna Tessaly -- were also targeted.');
    for (const n of ['Martin Varno', 'Irina Olskaya', 'Oleg Brask', 'Anna Tessaly']) expectRel(out, 'SANCTIONED', 'United States', n);
  });

  it('reads "The latest targets include ministers ..., and big firms including A, B and C" as the named targets', () => {
    const out = extractText('Australia imposed new sanctions on Monday. The latest targets include Laotian ministers overseeing energy, and big firms of the arms trade ' +
      'including arms manufacturer Halvern Concern, aviation firm Brask Aero and submarine developer Tessaly Shipyards.');
    for (const n of ['Halvern Concern', 'Brask Aero', 'Tessaly Shipyards']) expect(expectRel(out, 'SANCTIONED', 'Australia', n).rule).toBe('frame:sanction/targets-include');
  });
});

describe('sanctions: the rest of a group, "in particular" and "among others"', () => {
  it('reads "The other designated firms were three shell companies for the lender: A, B and C" as both targets', () => {
    const out = extractText('The Treasury sanctioned a Laotian bank on Monday. The other designated firms were three shell companies for the lender: Halvern Trade Co., Ltd., Tessaly Optics and Brask Ungum Corporation.');
    for (const n of ['Halvern Trade Co., Ltd.', 'Brask Ungum Corporation']) expect(expectRel(out, 'SANCTIONED', 'Treasury', n).rule).toBe('frame:sanction/targets-include');
  });

  it('reads "This list includes Laotian agencies, in particular A and B" as the named targets', () => {
    const out = extractText('The Commerce Department imposed new restrictions on Monday. This list includes Laotian agencies, in particular the Rail Intelligence Bureau and the Defence Directorate.');
    for (const n of ['Rail Intelligence Bureau', 'Defence Directorate']) expectRel(out, 'SANCTIONED', 'Commerce Department', n);
  });

  it('reads "The new blacklist includes, among others, A, B and C" past the aside', () => {
    const out = extractText('The US imposed new sanctions on Monday. The new blacklist includes, among others, Martin Varno, Oleg Brask and Irina Olskaya.');
    for (const n of ['Martin Varno', 'Oleg Brask', 'Irina Olskaya']) expectRel(out, 'SANCTIONED', 'United States', n);
  });
});

describe('sanctions: wordings near these lists that name no target', () => {
  it('takes no target from an "including" in a relative clause about others, nor from a report on sanctions', () => {
    const rel = extractText('The US imposed new sanctions on Monday. The targets include two ministers who met executives of firms including Brask Logistics.');
    expectNoRel(rel, 'SANCTIONED', 'United States', 'Brask Logistics');
    const report = extractText('The European Union sanctioned thirty entities on Friday. The three Laotian firms included in the report on sanctions evasion are ' +
      'Halvern Aviation, Brask Aviation and Tessaly Enterprises.');
    expectNoRel(report, 'SANCTIONED', 'European Union', 'Brask Aviation');
  });

  it('takes no target from a list of suppliers to a sanctioned party, nor from an aside on the item before', () => {
    const suppliers = extractText('The EU imposed new sanctions on Monday. The list of suppliers to the sanctioned plant includes Brask Logistics.');
    expectNoRel(suppliers, 'SANCTIONED', 'EU', 'Brask Logistics');
    const aside = extractText('The EU imposed new sanctions on Monday. The list of sanctioned Laotian companies was expanded to include Halvernpromservis, ' +
      'the Brask Group supplier, and Orvanne Devices.');
    expectRel(aside, 'SANCTIONED', 'EU', 'Orvanne Devices');
    expectNoRel(aside, 'SANCTIONED', 'EU', 'Brask Group');
    const indefinite = extractText('The EU imposed new sanctions on Monday. The list of sanctioned Laotian companies was expanded to include Halvernpromservis, ' +
      'a Brask Group supplier, KB Tessaly Helicopters and Orvanne Devices.');
    expectRel(indefinite, 'SANCTIONED', 'EU', 'KB Tessaly Helicopters');
    expectNoRel(indefinite, 'SANCTIONED', 'EU', 'Brask Group');
  });
});

describe('sanctions: the list goes on, inverted', () => {
  it('reads "Also named was A", "Also listed (included, added) were A and B" as targets of the measure just reported', () => {
    const named = extractText('The US Treasury sanctioned Halvern Group on Monday. Also named was Martin Varno, a Laotian businessman.');
    expect(expectRel(named, 'SANCTIONED', 'US Treasury', 'Martin Varno').rule).toBe('frame:sanction/targets-include');
    for (const verb of ['listed', 'included', 'added']) {
      const out = extractText(`The US Treasury sanctioned Halvern Group on Monday. Also ${verb} were Martin Varno and Irina Olskaya.`);
      expectRel(out, 'SANCTIONED', 'US Treasury', 'Irina Olskaya');
    }
  });

  it('reads "Also named A, whom it described as ..." with the copula left out', () => {
    const out = extractText('The US Treasury sanctioned Halvern Group on Monday. Also named Martin Varno, whom it described as a Laotian businessman.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Martin Varno');
  });

  it('reads "Added to the list were A and B", "Added in the latest round were A, which ..., and B" after a measure', () => {
    const list = extractText('The US Treasury sanctioned Halvern Group on Monday. Added to the list were Martin Varno and Irina Olskaya.');
    expect(expectRel(list, 'SANCTIONED', 'US Treasury', 'Irina Olskaya').rule).toBe('frame:sanction/targets-include');
    const round = extractText('Canada imposed new sanctions on Laos on Tuesday. Added in the latest round were Brask Logistics, which makes scopes, and Tessaly Optics.');
    for (const n of ['Brask Logistics', 'Tessaly Optics']) expectRel(round, 'SANCTIONED', 'Canada', n);
    // (Added to what is no list or measure: nothing.)
    const board = extractText('Canada imposed new sanctions on Laos on Tuesday. Added to the board in 2022 were Martin Varno and Irina Olskaya.');
    expectNoRel(board, 'SANCTIONED', 'Canada', 'Irina Olskaya');
  });

  it('takes no target from "Also named was A" far from the sentence that named targets', () => {
    const out = extractText('The EU sanctioned Halvern Group in 2022. Tessaly Optics was named the best supplier of the year by a trade body. Also named was Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
  });

  it('takes no target from "Also named was A" where no measure was reported', () => {
    const out = extractText('Halvern Group sold drones to Laos. Also named was Martin Varno, a Laotian businessman.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('sanctions: a relative clause on the measure', () => {
  it('reads "announced new sanctions that target A and B", "that reach plants, including A" as the announcer\'s targets', () => {
    const out = extractText('The Laotian Foreign Ministry on Tuesday announced new sanctions that target Halvern Group and Brask Logistics.');
    for (const n of ['Halvern Group', 'Brask Logistics']) expect(expectRel(out, 'SANCTIONED', 'Laotian Foreign Ministry', n).rule).toBe('frame:sanction/active');
    const reach = extractText('The Laotian Foreign Ministry on Tuesday announced new sanctions that reach several state-owned plants, including the Halvern Research Institute.');
    expectRel(reach, 'SANCTIONED', 'Laotian Foreign Ministry', 'Halvern Research Institute');
  });

  it('takes no target from sanctions that only could target a party', () => {
    const out = extractText('The Laotian Foreign Ministry on Tuesday announced new sanctions that could target Halvern Group.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('sanctions: "On the list of ... is A"', () => {
  it('reads "On the list of firms put under sanctions, published by the body, is A" as a target', () => {
    const out = extractText('The State Department imposed new sanctions on Monday. On the list of firms put under sanctions, published by the department, is Halvern Group, a maker of optics.');
    expect(expectRel(out, 'SANCTIONED', 'State Department', 'Halvern Group').rule).toBe('frame:sanction/targets-include');
  });

  it('takes no target from a list whose own members are not marked ("of its customers hurt by the sanctions")', () => {
    for (const text of ['The EU sanctioned Halvern Group in 2022. On the list of its customers hurt by the sanctions is Brask Logistics, a Vietnamese carrier.',
      'The EU sanctioned Halvern Group in 2022. On the list of bidders for its assets, frozen under the measures, is Brask Logistics.']) {
      expectNoRel(extractText(text), 'SANCTIONED', 'EU', 'Brask Logistics');
    }
  });

  it('takes no target from a list the phrase does not mark ("On the list of its customers is B")', () => {
    const out = extractText('The EU imposed new sanctions on Monday. On the list of its customers is Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
  });
});

describe('sanctions: "Among the targets is A ... Another company is B"', () => {
  it('reads "Among the targets is A" and one more target in the next sentence', () => {
    for (const noun of ['company', 'firm', 'entity', 'target']) {
      const out = extractText(`The State Department imposed new sanctions on Monday. Among the targets is Halvern Group, a maker of optics. Another ${noun} is Brask Logistics, which repairs aircraft.`);
      expect(expectRel(out, 'SANCTIONED', 'State Department', 'Halvern Group').rule).toBe('frame:sanction/targets-include');
      expect(expectRel(out, 'SANCTIONED', 'State Department', 'Brask Logistics').rule).toBe('frame:sanction/targets-include');
    }
  });

  it('takes no target from "the targets of the cyberattack", "its acquisition targets", nor "Another firm is B" after a measure with no list', () => {
    for (const text of ['The EU sanctioned Halvern Group in 2022. Among the targets of the cyberattack was Brask Logistics.',
      'The EU sanctioned Halvern Group in 2022. Tessaly Optics has since grown in Asia. Among its acquisition targets is Brask Logistics.',
      'The EU sanctioned Halvern Group on Monday. Another firm is Brask Logistics, the group’s largest customer.']) {
      expectNoRel(extractText(text), 'SANCTIONED', 'EU', 'Brask Logistics');
    }
  });

  it('takes no target from "Another company is B" after a sentence that named none', () => {
    const out = extractText('The State Department imposed new sanctions on Halvern Group on Monday. Analysts were not surprised. Another company is Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'State Department', 'Brask Logistics');
  });
});

describe('sanctions: people given by their posts, and a list closed by "and others"', () => {
  it('reads "The list includes Governor of K Province and former Deputy Minister of Defence of V A, head of the B Ministry C and others"', () => {
    const out = extractText('Laos has announced new sanctions against Vietnam. The decision is published on the ministry\'s website. Halvern Group has fallen under restrictions too. ' +
      'The list also includes: Brask Logistics and Tessaly Optics. The measures reach 31 people as well. The list includes Governor of Kestrova ' +
      'Province and former Deputy Minister of Defence of Vietnam Oleg Varnov, head of the Ministry of Coastal Affairs Irvan Olskov and others.');
    for (const n of ['Oleg Varnov', 'Irvan Olskov']) expect(expectRel(out, 'SANCTIONED', 'Laos', n).rule).toBe('frame:sanction/targets-include');
    // (The province the governor heads is no person, and no target.)
    expect(out.relations.filter((r) => r.type === 'SANCTIONED').map((r) => r.target)).not.toContain('kestrova-province');
    expect(out.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Irvan Olskov', 'Oleg Varnov']);
  });

  it('reads two posts joined by "and", each with its person', () => {
    const out = extractText('Laos imposed sanctions on Vietnam. Halvern Group has fallen under restrictions too. The list also includes: Brask Logistics. ' +
      'The measures reach 31 people as well. The list includes the head of the Ministry of Coastal Affairs Irvan Olskov and the head of the Ministry of Trade Oleg Varnov.');
    for (const n of ['Irvan Olskov', 'Oleg Varnov']) expectRel(out, 'SANCTIONED', 'Laos', n);
  });

  it('reads a participle as a word of the post: "the managing director of B, A"', () => {
    const out = extractText('Vietnam sanctioned Halvern Group on Monday. The new targets include the managing director of Brask Logistics, Martin Varno.');
    expect(expectRel(out, 'SANCTIONED', 'Vietnam', 'Martin Varno').rule).toBe('frame:sanction/targets-include');
  });

  it('ends the list of posts at a relative clause or "according to"', () => {
    const who = extractText('Laos imposed sanctions on Vietnam. The list includes the director of Brask Logistics, Martin Varno, who met Deputy Minister Irina Olskaya in Hanoi last year.');
    expectNoRel(who, 'SANCTIONED', 'Laos', 'Irina Olskaya');
    const source = extractText('Laos imposed sanctions on Vietnam. The list includes the director of Brask Logistics and the governor of Kestrova Province, according to Martin Varno of Tessaly Optics.');
    expectNoRel(source, 'SANCTIONED', 'Laos', 'Martin Varno');
  });

  it('takes no target from the speaker of a closing attribution', () => {
    const out = extractText('Laos imposed sanctions on Vietnam. The list includes the head of the Ministry of Coastal Affairs Irvan Olskov and his deputy, Irina Olskaya said.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Irvan Olskov');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Irina Olskaya');
  });

  it('reads "In particular, the companies A, B, C and others have since fallen under restrictions" as all three', () => {
    const out = extractText('Laos has imposed sanctions on Vietnam. In particular, the companies Halvern Group, Brask Logistics, Tessaly Optics and others have since fallen under restrictions.');
    for (const n of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expect(expectRel(out, 'SANCTIONED', 'Laos', n).rule).toBe('frame:fall-under/active');
  });
});
