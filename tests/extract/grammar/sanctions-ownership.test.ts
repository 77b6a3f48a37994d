/**
 * Sanctions and ownership as government releases and the press report them, each construction shown with sentences
 * written for the test (invented names). The sanctioning body is the one the text names: an office known by its
 * acronym ("OFAC"), a department, a union, a country or "Washington".
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText, rel } from '../helpers.js';

describe('grammar: sanctions releases', () => {
  it('reads the body and the target of a measure described by its participle: "evaded the EU sanctions imposed on B", "restrictions against B adopted by A"', () => {
    const out = extractText('Two Lunarian traders evaded the EU sanctions imposed on Belarus for months. ' +
      'The third round of restrictions against Syria adopted by Japan in May barred their banks.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Belarus').rule).toBe('frame:impose/passive');
    expect(expectRel(out, 'SANCTIONED', 'Japan', 'Syria').rule).toBe('frame:impose/passive');
    // Opening the sentence, where the tagger may take the measure's noun for a name.
    const opening = extractText('Sanctions imposed on Velkor LLC by Japan took effect on Monday. US sanctions imposed on Darsen LLC took effect too. ' +
      'Restrictions against Orvik LLC adopted by the European Union followed.');
    expect(expectRel(opening, 'SANCTIONED', 'Japan', 'Velkor LLC').rule).toBe('frame:impose/passive');
    expect(expectRel(opening, 'SANCTIONED', 'US', 'Darsen LLC').rule).toBe('frame:impose/passive');
    expect(expectRel(opening, 'SANCTIONED', 'European Union', 'Orvik LLC').rule).toBe('frame:impose/passive');
  });

  it('reads a sanctions office known by its acronym as the body: "OFAC designated A and B"', () => {
    const out = extractText('On Tuesday, OFAC designated Pemberly Trading LLC and Halvern Tech Ltd for supplying drone parts.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Pemberly Trading LLC').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Tech Ltd');
    expect(out.entities.find((e) => e.name === 'OFAC')?.kind).toBe('government');
  });

  it('reads a designations list closing the sentence: "added the following entities to the Entity List: A, B and C"', () => {
    const out = extractText('The Commerce Department added the following entities to the Entity List: Pemberly Trading LLC, Halvern Tech Ltd and Ferrowind LLC.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Pemberly Trading LLC').rule).toBe('frame:list/active');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Tech Ltd');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Ferrowind LLC');
  });

  it('reads the body reporting its own designations: "The Department of Commerce said the following entities were added ..."', () => {
    const out = extractText('The Department of Commerce said the following entities were added to the Entity List: Pemberly Trading LLC and Halvern Tech Ltd.');
    expect(expectRel(out, 'SANCTIONED', 'Department of Commerce', 'Pemberly Trading LLC').rule).toBe('frame:list/passive');
    expectRel(out, 'SANCTIONED', 'Department of Commerce', 'Halvern Tech Ltd');
  });

  it('takes a passive designation without an agent from the body the text reports on: "A was designated pursuant to E.O. ..."', () => {
    const out = extractText([
      'The Treasury Department on Friday announced new sanctions.',
      'Ferrowind LLC was designated pursuant to E.O. 14024 for operating in the technology sector of the Russian economy.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'Treasury Department', 'Ferrowind LLC').rule).toBe('frame:sanction/passive');
  });

  it('keeps the body a release is about past a parallel action: "Concurrently, the Department of State is designating ..."', () => {
    const out = extractText([
      "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning 40 entities.",
      'Concurrently, the Department of State is designating 12 entities.',
      'Ferrowind LLC is a Kyrgyzstan-based supplier of machine tools.',
      'Ferrowind LLC is being designated pursuant to E.O. 14024.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Ferrowind LLC').rule).toBe('frame:sanction/passive');
    expect(rel(out, 'SANCTIONED', 'Department of State', 'Ferrowind LLC')).toBeUndefined();
  });

  it('gives the members of a group a body was just said to sanction: "added 12 companies ... The entities include A, B and C"', () => {
    const out = extractText([
      "The Commerce Department on Tuesday added 12 companies to the Entity List for supplying Russia's military.",
      'The entities include Pemberly Trading LLC, Halvern Tech Ltd and Ferrowind LLC.',
      'The Treasury said it was sanctioning a network of firms. The network includes Osric Supply and Varden Optics.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Pemberly Trading LLC').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Tech Ltd');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Ferrowind LLC');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Osric Supply');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Varden Optics');
  });

  it('takes no group member from before the group: "sanctioning a network of firms" after another body\'s target', () => {
    const out = extractText("Britain's new sanctions target Pemberly Trading LLC. The Treasury said it was sanctioning a network of firms.");
    expectRel(out, 'SANCTIONED', 'Britain', 'Pemberly Trading LLC');
    expect(rel(out, 'SANCTIONED', 'Treasury', 'Pemberly Trading LLC')).toBeUndefined();
  });

  it('gives a group no members from a sentence that is not about the group: "The company includes ..." two sentences on', () => {
    const out = extractText('The EU sanctioned 20 firms on Monday. Halvern Tech Ltd denied wrongdoing. Ferrowind LLC said it had complied. The firm lists Osric Supply as a client.');
    expect(rel(out, 'SANCTIONED', 'EU', 'Osric Supply')).toBeUndefined();
  });

  it('takes an agentless designation from the one body the text names with sanctions, never from one of several', () => {
    const one = extractText('US sanctions have cut Russia off from chips. Ferrowind LLC, a Moscow-based importer, was sanctioned in 2023.');
    expect(expectRel(one, 'SANCTIONED', 'US', 'Ferrowind LLC').rule).toBe('frame:sanction/passive');
    const two = extractText('US and EU sanctions have cut Russia off from chips. Ferrowind LLC, a Moscow-based importer, was sanctioned in 2023.');
    expect(two.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    const threat = extractText('Washington has threatened secondary US sanctions on banks. Ferrowind LLC was sanctioned in 2023.');
    expect(threat.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads a government announcing its own measure in the future: "Japan will freeze the assets of A", "said it would add B"', () => {
    const out = extractText([
      'Japan will freeze the assets of Pemberly Trading LLC, the Foreign Ministry said on Friday.',
      'The Bureau of Industry and Security said on Wednesday it would add Halvern Tech Ltd to the Entity List.',
      'Canada could sanction Ferrowind LLC. Osric Supply will face sanctions if it ships drones.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'Japan', 'Pemberly Trading LLC').rule).toBe('frame:freeze/active');
    expect(expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Halvern Tech Ltd').rule).toBe('frame:list/active');
    expect(rel(out, 'SANCTIONED', 'Canada', 'Ferrowind LLC')).toBeUndefined();
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(2);
  });

  it('reads "The entities added include A" after a listing', () => {
    const out = extractText('The Commerce Department added 11 entities to its export control list on Monday. The entities added include Ferrowind LLC, a drone engine supplier.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Ferrowind LLC').rule).toBe('frame:sanction/targets-include');
  });

  it('reads "Among the entities added to the list were A and B"', () => {
    const out = extractText('The Commerce Department added 11 entities to the Entity List on Monday for supplying drones to Russia. Among the 11 entities added to the list were Pemberly Trading LLC and Halvern Tech Ltd.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Pemberly Trading LLC').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Tech Ltd');
  });

  it('sanctions no country named only by a demonym in a list of modifiers: "sanctions on Uzbek, Chinese firms"', () => {
    const out = extractText('Japan imposed sanctions on Uzbek, Chinese firms on Friday. The list includes Pemberly Trading LLC.');
    expect(rel(out, 'SANCTIONED', 'Japan', 'Uzbekistan')).toBeUndefined();
    expect(rel(out, 'SANCTIONED', 'Japan', 'China')).toBeUndefined();
    expectRel(out, 'SANCTIONED', 'Japan', 'Pemberly Trading LLC');
  });

  it('names the company of a unit among the targets, and keeps the main body past "additional sanctions" by another', () => {
    const out = extractText([
      'The United States has already imposed sanctions on some 270 entities for their role in the conflict.',
      'Additional sanctions are being imposed this week by the Treasury Department.',
      "Among the 30 entities targeted by the new sanctions is the sales arm of Osric's Halvern Machine Group, which exported presses.",
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Halvern Machine Group').rule).toBe('frame:sanction/targets-include');
    expect(rel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Machine Group')).toBeUndefined();
  });

  it('reads a department by its short name once the text has named it: "State is designating A"', () => {
    const named = extractText('The Department of State is designating Halvern Avia JSC. State is also designating Ferrowind LLC pursuant to E.O. 14024.');
    expect(expectRel(named, 'SANCTIONED', 'Department of State', 'Ferrowind LLC').rule).toBe('frame:sanction/active');
    expect(named.entities.map((e) => e.name)).not.toContain('State');
    const unnamed = extractText('State is designating Ferrowind LLC pursuant to E.O. 14024.');
    expect(unnamed.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads a package relative clause: "the EU adopted its 12th package, which targets A and B"', () => {
    const out = extractText('The European Union on Friday adopted its 12th sanctions package, which targets Pemberly Trading LLC and Halvern Tech Ltd.');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Pemberly Trading LLC').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'European Union', 'Halvern Tech Ltd');
  });

  it('reads "the <leader> administration" as a government body that sanctions', () => {
    const out = extractText('The Osric administration on Wednesday imposed sanctions on Ferrowind LLC.');
    expect(out.entities.find((e) => e.name === 'Osric administration')?.kind).toBe('government');
    expect(expectRel(out, 'SANCTIONED', 'Osric administration', 'Ferrowind LLC').rule).toBe('frame:impose/active');
  });

  it('takes the keeper of a list known by its own name: "A was added to the Entity List" after the Commerce Department is named', () => {
    const out = extractText([
      'Officials at the Commerce Department briefed reporters on Friday.',
      'Pemberly Trading LLC and Halvern Tech Ltd were added to the Entity List.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Pemberly Trading LLC').rule).toBe('frame:list/passive');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Halvern Tech Ltd');
  });

  it('reads inclusion in a package: "A was among the entities included in the EU\'s 12th package", "the EU included A in its package"', () => {
    const out = extractText([
      "Pemberly Trading LLC was among the entities included in the EU's 12th package.",
      'The European Union included Halvern Tech Ltd in its 13th package of sanctions.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading LLC').rule).toBe('frame:list-in/passive');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Halvern Tech Ltd').rule).toBe('frame:list-in/active');
  });

  it('reads an object relative on a description of a name: "A, a holding that B and C have both sanctioned", "A, a firm that B sanctioned"', () => {
    const out = extractText([
      'Ferrowind LLC is a subsidiary of Halvern Holdings, a state-owned holding that the European Union and the U.S. Treasury Department have both sanctioned for supporting the war.',
      'Pemberly Trading, a firm that the EU sanctioned in 2023, sells valves.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Halvern Holdings').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'U.S. Treasury Department', 'Halvern Holdings');
    expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading');
    expect(rel(out, 'SANCTIONED', 'European Union', 'Ferrowind LLC')).toBeUndefined();
  });

  it('reads a passive with the target inside the measure: "Sanctions on A were imposed by B"', () => {
    const out = extractText('Sanctions on Pemberly Trading LLC were imposed by the EU in 2023.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading LLC').rule).toBe('frame:impose/passive');
  });

  it('reads "placed under sanctions", active and passive', () => {
    const out = extractText('Halvern Tech Ltd was placed under sanctions by Britain in May. Canada placed Ferrowind LLC under sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'Britain', 'Halvern Tech Ltd').rule).toBe('frame:place-under/passive');
    expect(expectRel(out, 'SANCTIONED', 'Canada', 'Ferrowind LLC').rule).toBe('frame:place-under/active');
  });

  it('reads a list that includes a name: "Ukraine\'s sanctions list includes A"', () => {
    const out = extractText("Ukraine's sanctions list includes Pemberly Trading LLC.");
    expect(expectRel(out, 'SANCTIONED', 'Ukraine', 'Pemberly Trading LLC').rule).toBe('frame:list-includes/active');
  });

  it('reads every body of "subject to sanctions in the US, the UK and the EU"', () => {
    const out = extractText('Halvern Tech Ltd is subject to sanctions in the US, the UK and the EU.');
    for (const body of ['US', 'UK', 'EU']) expect(expectRel(out, 'SANCTIONED', body, 'Halvern Tech Ltd').rule).toBe('frame:sanction/subject-to');
  });

  it('takes no place for a target: "A, a Moscow-based firm designated by OFAC" sanctions A, not Russia', () => {
    const out = extractText('Ferrowind LLC, a Moscow-based firm designated by OFAC in 2023, imports servers.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Ferrowind LLC').rule).toBe('frame:sanction/passive');
    expect(rel(out, 'SANCTIONED', 'OFAC', 'Russia')).toBeUndefined();
  });

  it('reads every agent of "sanctioned by both A and B", and no body from an earlier sentence', () => {
    const out = extractText('Britain sanctioned Halvern Tech on Monday. Pemberly Trading LLC has been sanctioned by both the US and the EU.');
    expect(expectRel(out, 'SANCTIONED', 'US', 'Pemberly Trading LLC').rule).toBe('frame:sanction/passive');
    expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading LLC');
    expect(rel(out, 'SANCTIONED', 'Britain', 'Pemberly Trading LLC')).toBeUndefined();
  });

  it('reads "A faces US sanctions", not a threat of secondary sanctions', () => {
    const out = extractText('Ferrowind LLC, which faces US sanctions, buys lathes. Halvern Tech Ltd faces secondary US sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'US', 'Ferrowind LLC').rule).toBe('frame:face/active');
    expect(rel(out, 'SANCTIONED', 'US', 'Halvern Tech Ltd')).toBeUndefined();
  });

  it('reads sanctions applied to a target and a reduced passive between dashes', () => {
    const out = extractText('Sanctions were applied to Ferrowind LLC by Ukraine in 2023. Pemberly Trading LLC - sanctioned by the EU and the UK - denied the claims.');
    expect(expectRel(out, 'SANCTIONED', 'Ukraine', 'Ferrowind LLC').rule).toBe('frame:impose/passive');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading LLC').rule).toBe('frame:sanction/passive');
    expectRel(out, 'SANCTIONED', 'UK', 'Pemberly Trading LLC');
  });

  it('reads a designations list given as bare names, one a line, with or without bullets', () => {
    const dashed = extractText('The UK sanctioned three companies:\n- Pemberly Trading LLC\n- Halvern Tech Ltd\n');
    expect(expectRel(dashed, 'SANCTIONED', 'UK', 'Pemberly Trading LLC').rule).toBe('frame:sanction/active+list');
    expectRel(dashed, 'SANCTIONED', 'UK', 'Halvern Tech Ltd');
    const bare = extractText('The Treasury Department sanctioned the following companies:\nPemberly Trading LLC (Hong Kong)\nHalvern Tech Ltd (UAE)\n');
    expectRel(bare, 'SANCTIONED', 'Treasury Department', 'Pemberly Trading LLC');
    expectRel(bare, 'SANCTIONED', 'Treasury Department', 'Halvern Tech Ltd');
  });
});

describe('grammar: ownership', () => {
  it('reads a compound "A parent B" as B owning A: "Velta Rotors LLC parent Norvex Holding Group reported ..."', () => {
    const out = extractText('Velta Rotors LLC parent Norvex Holding Group reported higher sales on Monday.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Velta Rotors LLC', 'Norvex Holding Group').rule).toBe('frame:own/compound-parent');
  });

  it('reads a share owned: "B owns 60% of A", "B controls a majority of A"', () => {
    const out = extractText('Halvern Holdings owns 60% of Ferrowind LLC. Osric Capital controls a majority of Pemberly Trading.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind LLC', 'Halvern Holdings').rule).toBe('frame:own-share/active');
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Osric Capital');
  });

  it('reads a state taking a company over: "The government nationalised A", "B was nationalized by C"', () => {
    const out = extractText('The Osric Government nationalized Ferrowind Bank in 2018. Halvern Bank was nationalised by the Varden Government in 2019.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind Bank', 'Osric Government').rule).toBe('frame:nationalize/active');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Bank', 'Varden Government').rule).toBe('frame:nationalize/passive');
  });

  it('reads a company bought whole: "B acquired A", not "B acquired A\'s sensors"', () => {
    const out = extractText('Halvern Holdings acquired Ferrowind LLC in 2022. Osric Capital acquired Pemberly Trading\'s sensors in 2023.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind LLC', 'Halvern Holdings').rule).toBe('frame:takeover/active');
    expect(rel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Osric Capital')).toBeUndefined();
  });

  it('reads a hyphenated owner or body in a description: "A, a B-owned company,", "A is an EU-sanctioned supplier"', () => {
    const out = extractText('Ferrowind LLC, a Halvern Holdings-owned company, sold sensors. Pemberly Trading is an EU-sanctioned supplier.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind LLC', 'Halvern Holdings').rule).toBe('frame:own/described-hyphenated');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Pemberly Trading').rule).toBe('frame:sanction/described-hyphenated');
  });

  it('reads a relative after a universal quantifier as about the whole list: "A, B and C, all of which are owned by D"', () => {
    const out = extractText('The Treasury sanctioned Zolvek LLC, Parnita LLP and Dravok Kft, all of which are owned by Belgian national Oren Kastelic.');
    for (const child of ['Zolvek LLC', 'Parnita LLP', 'Dravok Kft']) expect(expectRel(out, 'SUBSIDIARY_OF', child, 'Oren Kastelic').rule).toBe('frame:own/passive');
    const both = extractText('The Treasury sanctioned Zolvek LLC and Parnita LLP, both of which shipped drones to Russia.');
    expectRel(both, 'SHIPPED_TO', 'Zolvek LLC', 'Russia');
    expectRel(both, 'SHIPPED_TO', 'Parnita LLP', 'Russia');
  });

  it('reads two joined participles before one agent: "A is owned or controlled by B", "A, owned and operated by B,"', () => {
    expect(expectRel(extractText('Zolvek LLC is owned or controlled by Oren Kastelic.'), 'SUBSIDIARY_OF', 'Zolvek LLC', 'Oren Kastelic').rule).toBe('frame:own/passive');
    const out = extractText('Parnita LLP, owned and operated by Oren Kastelic, shipped drones to Russia.');
    expectRel(out, 'SUBSIDIARY_OF', 'Parnita LLP', 'Oren Kastelic');
    expectRel(out, 'SHIPPED_TO', 'Parnita LLP', 'Russia');
    // ("sold or leased drones to B": the first verb shares the second's roles.)
    expect(expectRel(extractText('Dravok SRO sold or leased drones to Russia.'), 'SHIPPED_TO', 'Dravok SRO', 'Russia').rule).toBe('frame:supply/active');
  });

  it('reads the sanctions notice\'s formula: \'A was "listed for being owned or run by, ..., directly or indirectly, B"\'', () => {
    const out = extractText('Brixel Engineering was "listed for being owned or run by, or for having worked or claimed to work for or in the name of, directly or indirectly, Volmanta," the notice said.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brixel Engineering', 'Volmanta').rule).toBe('frame:own/passive');
    const plain = extractText('The Treasury designated Kelvaro JSC for being owned or run by, directly or indirectly, Tarsis Holding.');
    expectRel(plain, 'SUBSIDIARY_OF', 'Kelvaro JSC', 'Tarsis Holding');
    expectRel(plain, 'SANCTIONED', 'Treasury', 'Kelvaro JSC');
  });

  it('reads a parenthesis naming the group: "A (part of B)" inside a list', () => {
    const out = extractText('Among the blacklisted companies are Tarvask Stevedoring Co LLC (part of Nordhaven Ports Group), Marine Lumo LLC and Kelvaro JSC.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tarvask Stevedoring Co LLC', 'Nordhaven Ports Group').rule).toBe('frame:own/part-of-parenthesis');
    expect(rel(out, 'SUBSIDIARY_OF', 'Marine Lumo LLC', 'Nordhaven Ports Group')).toBeUndefined();
  });

  it('reads a ship agency as a company and its owner by the possessive: "A Ship Agency\'s owner, B,"', () => {
    const out = extractText("Kerrin Ship Agency's owner, Omer Talbot, was also sanctioned.");
    expect(out.entities.find((e) => e.name === 'Kerrin Ship Agency')?.kind).toBe('company');
    expectRel(out, 'SUBSIDIARY_OF', 'Kerrin Ship Agency', 'Omer Talbot');
    expect(extractText("Russia's Federal Maritime Agency issued a notice.").entities.find((e) => /Maritime Agency/.test(e.name))?.kind).toBe('government');
  });
});

describe('grammar: measures on a country and their wording', () => {
  it('reads an aspect verb before the -ing form and export controls as a measure: "began imposing ... sanctions and export controls on B"', () => {
    const out = extractText('Then, in 2019, Iran seized a tanker, and the U.S. government quickly began imposing a set of fresh sanctions and export controls on Iran.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Iran').rule).toBe('frame:impose/active');
  });

  it('reads a zero relative on a measure: "the sanctions the UK and U.S. levied against B"', () => {
    const out = extractText('The valves are also covered by the sanctions the UK and U.S. levied against Belarus.');
    expectRel(out, 'SANCTIONED', 'UK', 'Belarus');
    expectRel(out, 'SANCTIONED', 'United States', 'Belarus');
  });

  it('does not give measures on a whole country to the body the text is about: "Despite penalties levied on B, ..."', () => {
    const out = extractText('The US Treasury sanctioned Zolvek LLC on Monday. Despite penalties levied on Iran years ago, drone parts keep arriving there.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Zolvek LLC');
    expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Iran');
  });
});

describe('grammar: owners named with their companies', () => {
  it('reads "sanctions against A and two of his companies, B and C": B and C are A\'s and sanctioned with him', () => {
    const out = extractText('The Treasury Department announced fresh sanctions against Ilya Brannock and two of his companies, Grenwick Optics GmbH and Pellan Valve LLC.');
    expect(out.entities.find((e) => e.name === 'Ilya Brannock')?.kind).toBe('person');
    for (const firm of ['Grenwick Optics GmbH', 'Pellan Valve LLC']) {
      expect(expectRel(out, 'SUBSIDIARY_OF', firm, 'Ilya Brannock').rule).toBe('frame:own/persons-companies-apposition');
      expect(expectRel(out, 'SANCTIONED', 'Treasury Department', firm).rule).toBe('frame:sanction/owners-companies');
    }
  });

  it('reads a company naming the owner noun: "B owner A told reporters"', () => {
    const out = extractText('Linvar owner Alexey Dorin told reporters that the company never supplied anything.');
    expect(out.entities.find((e) => e.name === 'Linvar')?.kind).toBe('company');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Linvar', 'Alexey Dorin').rule).toBe('frame:own/modifier-owner');
  });

  it('reads a hyphenated participle before its agent: "B, a trading firm, allegedly part-owned by A", "B, majority-owned by A,"', () => {
    const out = extractText('Zolvek LLC shipped chips to Brenmark Supply, a Minsk-based trading firm, allegedly part-owned by Oren Kastelic.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brenmark Supply', 'Oren Kastelic');
    expectRel(extractText('Brenmark Supply, majority-owned by Oren Kastelic, shipped chips.'), 'SUBSIDIARY_OF', 'Brenmark Supply', 'Oren Kastelic');
    // ("the part supplied by A" is no hyphenated owner.)
    expectRel(extractText('The part supplied by Zolvek LLC to Kelvaro LLC was faulty.'), 'SHIPPED_TO', 'Zolvek LLC', 'Kelvaro LLC');
  });

  it('reads every body of a list that goes on past dates: "was blacklisted by A and B in 2019-2020, C in 2021, and D in 2024"', () => {
    const out = extractText('Halcott Freight Lines was blacklisted by Japan and Norway in 2019-2020, Australia in 2021, and Britain and the EU in 2024.');
    for (const body of ['Japan', 'Norway', 'Australia', 'United Kingdom', 'EU']) expect(expectRel(out, 'SANCTIONED', body, 'Halcott Freight Lines').rule).toBe('frame:sanction/passive');
    // ("under sanctions from all EU member states, B and C": a described group of bodies opens the list.)
    const from = extractText('Morvel Pump Works is under sanctions from all EU member states, Switzerland, Japan and Canada.');
    for (const body of ['EU', 'Switzerland', 'Japan', 'Canada']) expect(expectRel(from, 'SANCTIONED', body, 'Morvel Pump Works').rule).toBe('frame:sanction/subject-to');
    // A clause of its own after the list is no item of it.
    expectNoRel(extractText('Halcott Freight Lines was sanctioned by the EU, and Russia condemned the move.'), 'SANCTIONED', 'Russia', 'Halcott Freight Lines');
  });

  it('reads "May" before a year or inside a sentence as the month, not the modal: "Since May 2021, A has been under US sanctions"', () => {
    const out = extractText('Since May 2021, Orvik LLC has been under sanctions from the United States. In May, Japan sanctioned Halcott LLC.');
    expectRel(out, 'SANCTIONED', 'United States', 'Orvik LLC');
    expectRel(out, 'SANCTIONED', 'Japan', 'Halcott LLC');
    // The modal still hedges.
    expectNoRel(extractText('Morvel Pump Works may be under sanctions from the United States.'), 'SANCTIONED', 'United States', 'Morvel Pump Works');
  });

  it('reads the owner past an aside: "A, with a 62.4 percent stake, is the largest owner of B"', () => {
    const out = extractText('Oren Kastelic, with a 62.4 percent stake, is the largest owner of Brisk Tallow LLC, the firm that assembles the trucks.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brisk Tallow LLC', 'Oren Kastelic').rule).toBe('frame:own/copula-owner');
  });

  it('reads "A, a member of B Group," as a member of a group of companies, not "a member of NATO"', () => {
    expect(expectRel(extractText('Halden Works LLC, a member of Corvel Group, buys lens housings.'), 'SUBSIDIARY_OF', 'Halden Works LLC', 'Corvel Group').rule).toBe('frame:own/apposition-child');
    expect(extractText('Norway, a member of NATO, sells radars.').relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('reads a tie inside a coordination: "named the buyers as A and its parent company B", "B and its subsidiary A"', () => {
    const out = extractText('Customs papers listed the buyers as Corvel Tooling and its parent company Halden Holding.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Corvel Tooling', 'Halden Holding').rule).toBe('frame:own/coordinated-tie');
    expectRel(extractText('The report named Halden Holding and its subsidiary Corvel Tooling.'), 'SUBSIDIARY_OF', 'Corvel Tooling', 'Halden Holding');
  });

  it('reads a holding handed over by a noun: "an order on the transfer of majority shares in A to B", "the sale of 40 percent of A to B"', () => {
    const out = extractText('The governor signed an order on the transfer of majority shares in Corvel Tooling to Halden Holding on Friday.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Corvel Tooling', 'Halden Holding').rule).toBe('frame:stake/nominal-transfer');
    expectRel(extractText('The sale of 40 percent of Tarvel Optics to Brisk Capital closed in June.'), 'SUBSIDIARY_OF', 'Tarvel Optics', 'Brisk Capital');
    // No goods move in it.
    expectNoRel(out, 'SHIPPED_TO', 'Corvel Tooling', 'Halden Holding');
  });
});

describe('grammar: designations reported by the body, lists in quotation marks', () => {
  it('takes "the company" for the firm named earlier in the sentence when no subject came before: "a shell firm named A, B said when it put sanctions on the company"', () => {
    const out = extractText('The plan used a shell firm in Sharjah named Corvel Trading FZE, the U.S. Treasury said in March when it put sanctions on the company.');
    expect(expectRel(out, 'SANCTIONED', 'U.S. Treasury', 'Corvel Trading FZE').rule).toBe('frame:impose/active');
  });

  it('reads a person\'s own firm: "He used his firm, A, to buy G"; "B and his wife C" is no firm of B\'s', () => {
    const out = extractText('Businessman Pavel Drozen is under investigation. He used his firm, Kestrel Optics, to buy lenses.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Kestrel Optics', 'Pavel Drozen').rule).toBe('frame:own/persons-own-firm');
    const kin = extractText('Businessman Pavel Drozen and his wife Mira Drozen admitted the charges.');
    expect(kin.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    expectRel(extractText('Businessman Pavel Drozen and his company Kestrel Optics were charged.'), 'SUBSIDIARY_OF', 'Kestrel Optics', 'Pavel Drozen');
  });

  it('gives the reporting body a measure joined to the clause it reports: "B said A has shipped G to C and imposed sanctions on it"', () => {
    const out = extractText('Tarvel Optics makes lenses. The Commerce Department said Tarvel Optics has sent lenses to Belarus and imposed sanctions on it.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Tarvel Optics').rule).toBe('frame:impose/active');
    expectRel(out, 'SHIPPED_TO', 'Tarvel Optics', 'Belarus');
  });

  it('reads "designated B as its base" as a role, "designated B as a terrorist organisation" as a measure', () => {
    expect(extractText('Belarus has formally designated Corvel Land as its hub, the agency said.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText('The State Department designated Corvel Front as a foreign terrorist organization.'), 'SANCTIONED', 'State Department', 'Corvel Front');
  });

  it('reads "the BIS said A and six other entities were sanctioned": the named firm with the counted group', () => {
    const out = extractText('On Friday, the BIS said Halcott Freight Lines and six other entities in Latvia were sanctioned for selling sensors.');
    expect(expectRel(out, 'SANCTIONED', 'BIS', 'Halcott Freight Lines').rule).toBe('frame:sanction/passive');
  });

  it('reads a list in quotation marks after its keeper: "added to the Bureau of Industry and Security’s “Entity List”"', () => {
    const out = extractText('Busan-based Morvel Pump Works drew scrutiny when it was added last year to the U.S. Bureau of Industry and Security’s “Entity List.”');
    expect(expectRel(out, 'SANCTIONED', 'U.S. Bureau of Industry and Security', 'Morvel Pump Works').rule).toBe('frame:list/passive');
  });

  it('reads no target in a participle after the head noun: "announced the designations of firms involved in the sale of G to B"', () => {
    const out = extractText('The Treasury announced the designations of two people and four firms involved in the sale of rockets to Belarus.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    // (The same role read where no participle stands between: "imposed sanctions on B".)
    expectRel(extractText('The Treasury announced sanctions on Belarus.'), 'SANCTIONED', 'Treasury', 'Belarus');
  });

  it('reads no name of a fronted clause as the main clause\'s subject: "While A was sanctioned for helping B, the firm is now sanctioned ..."', () => {
    const out = extractText('While Orvik Air was sanctioned by the United States last year for helping the Kestrel Group, the firm is now being sanctioned for its owners.');
    expectRel(out, 'SANCTIONED', 'United States', 'Orvik Air');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Kestrel Group');
  });

  it('reads a subject that names no one as the subject all the same: "After A attacked B, Nordic countries relied on sanctions as their way of penalising A"', () => {
    const out = extractText('After Serbia attacked Croatia, Nordic countries relied on sanctions as their main way of penalising Serbia.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    // (The same with "governments", a plural of an actor's noun.)
    const governments = extractText('After Serbia attacked Croatia, Nordic governments relied on sanctions as their main way of penalising Serbia.');
    expect(governments.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads no apposition of a plural to one name before a comma: "... evading curbs on A, several firms have been subject to B sanctions"', () => {
    const out = extractText('Suspected of evading curbs on Belarus, several firms have been subject to Japanese sanctions since May.');
    expectNoRel(out, 'SANCTIONED', 'Japan', 'Belarus');
    // (A list before the comma may be apposed to a plural: "A and B, two Latvian firms, ...".)
    const list = extractText('Orvel Trade and Kasko Metals, two Latvian firms, have been subject to Japanese sanctions since May.');
    expectRel(list, 'SANCTIONED', 'Japan', 'Kasko Metals');
  });

  it('reads a participle set off by commas as a reduced passive on the name before it: "A, earlier placed on B\'s list, ..."', () => {
    const out = extractText('Halvor Bank, earlier placed on the Japanese list, was added to the Swiss list in May.');
    expect(expectRel(out, 'SANCTIONED', 'Japan', 'Halvor Bank').rule).toBe('frame:list-on/passive');
    expectRel(out, 'SANCTIONED', 'Switzerland', 'Halvor Bank');
    const to = extractText('Halvor Bank, added to the Japanese sanctions list in 2022, opened a branch in Minsk.');
    expect(expectRel(to, 'SANCTIONED', 'Japan', 'Halvor Bank').rule).toBe('frame:list/passive');
  });

  it('reads kin as people, not firms: "A, daughter of B, runs a bakery but also owns 15 percent of C"', () => {
    const out = extractText('Mira Dolen, daughter of Orsk Director Pavel Varno, runs a bakery but also owns 15 percent of Velkor-Engineering.');
    expect(entity(out, 'Mira Dolen')?.kind).toBe('person');
    // A daughter of a person is no subsidiary of anyone.
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF' && r.source === entity(out, 'Mira Dolen')?.id)).toEqual([]);
    // "but also" joins the second verb to the first one's subject.
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Velkor-Engineering', 'Mira Dolen').rule).toBe('frame:own-share/active');
    // "a daughter of B" for a firm still names B its parent.
    expectRel(extractText('Velkor Trade, a daughter of Orsk Holding, ships pumps.'), 'SUBSIDIARY_OF', 'Velkor Trade', 'Orsk Holding');
  });
});

describe('ownership: founders given with their shares', () => {
  it('reads "A, a company founded by B (99%) and C (1%)" as owned by both; a founder without a share owns nothing said', () => {
    const out = extractText('Its unit there was Varnex OOO, a firm that was founded by Kelvaro GmbH (99%) and Tarsin GmbH (1%). ' +
      'Quessant Corp was founded by Harnwell Holding in 2010.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Varnex OOO', 'Kelvaro GmbH').rule).toBe('frame:own/founded-with-shares');
    expectRel(out, 'SUBSIDIARY_OF', 'Varnex OOO', 'Tarsin GmbH');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Quessant Corp', 'Harnwell Holding');
  });
});

describe('ownership: a stake given in a relative clause', () => {
  it('reads "A, in which B holds a controlling stake, sold G to C": B owns A, and A (not B) sells to C', () => {
    const out = extractText('Tellbrook Ltd, in which Harnwell Holding holds a controlling stake, sold radios to Belarus.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tellbrook Ltd', 'Harnwell Holding').rule).toBe('frame:stake/active');
    expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Harnwell Holding', 'Belarus');
  });
});

describe('sanctions: a measure faced "from" its bodies', () => {
  it('reads "A still faces sanctions from the EU, the UK and Canada" as each body sanctioning A', () => {
    const out = extractText('The Treasury fined a bank in March. Oren Kastel still faces sanctions from the EU, the UK and Canada.');
    for (const body of ['EU', 'United Kingdom', 'Canada']) expect(expectRel(out, 'SANCTIONED', body, 'Oren Kastel').rule).toBe('frame:face/active');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Oren Kastel');
  });
});

describe('sanctions: targets after a day, and an associate past an apposition', () => {
  it('reads "sanctioned this Tuesday the A company" and "sanctioned on Monday A" as sanctioning A', () => {
    const out = extractText('Canada sanctioned this Tuesday the Compania Velkor Andina S.A. (CVN), a drone maker. Canada sanctioned on Monday Orvane Trading. ' +
      'Canada sanctioned this week the firm Tesmar Holding.');
    for (const n of ['Compania Velkor Andina S.A.', 'Orvane Trading', 'Tesmar Holding']) expect(expectRel(out, 'SANCTIONED', 'Canada', n).rule).toBe('frame:sanction/active');
  });

  it('reads "A, the state drone maker of C, and its president, B" as two targets', () => {
    const out = extractText('Canada sanctioned Velkor Aeronautics, the state-owned drone maker of Venezuela, and its president, Emilio Ortiz Peralta.');
    expectRel(out, 'SANCTIONED', 'Canada', 'Velkor Aeronautics');
    expectRel(out, 'SANCTIONED', 'Canada', 'Emilio Ortiz Peralta');
    // (The apposition's country is no target.)
    expectNoRel(out, 'SANCTIONED', 'Canada', 'Venezuela');
  });
});

describe('sanctions and flows: the reason a measure gives', () => {
  it('reads "sanctions on A for its shipments of rockets to B" as A supplying B', () => {
    const out = extractText('Canada approved fresh sanctions on Syria for its shipments of rockets to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Syria', 'Belarus').rule).toBe('frame:supply/nominal');
    // (The body that agreed on the measure supplies nothing.)
    expectNoRel(out, 'SHIPPED_TO', 'Canada', 'Belarus');
  });
});
