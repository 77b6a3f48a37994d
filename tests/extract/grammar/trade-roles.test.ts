/**
 * A party's trading partners named through a role noun or a complement, shown with sentences written for the test
 * (invented names): the owner of the role given by "of" ("the suppliers of B included A") as well as by a possessive;
 * the party supplied named as the object of "keep" ("A kept B supplied with G").
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: trading partners listed after a role noun', () => {
  it('reads "the suppliers of B included A and C" and "among the customers of A were B"', () => {
    const out = extractText('The suppliers of Morvana Optics included Tellbrook Ltd and Quessant Corp. ' +
      'Among the customers of Dravic Instruments were Halvor Machine Works and the Russian army.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Morvana Optics').rule).toBe('frame:supply/suppliers-include');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Morvana Optics');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravic Instruments', 'Halvor Machine Works').rule).toBe('frame:supply/customers-include');
  });

  it('takes no partner from "the suppliers of G included A": goods, not a party, after "of"', () => {
    const out = extractText('The suppliers of thermal sights included Tellbrook Ltd. The customers of the bank included Quessant Corp.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expectNoRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Tellbrook Ltd');
  });
});

describe('grammar: the party kept supplied', () => {
  it('reads "A worked to keep B supplied with G": A supplies B', () => {
    const out = extractText('Tellbrook Ltd worked for years to keep Belarus supplied with night-vision sights.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Belarus').rule).toBe('frame:supply-party/active');
  });
});

describe('grammar: a ranked role', () => {
  it('reads "A is now the second-biggest supplier of G to B after C": C supplies B too', () => {
    const out = extractText('Tellbrook Ltd is now the second-biggest supplier of restricted optics to Belarus after Quessant Corp.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Belarus').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Belarus').rule).toBe('frame:supply/ranked-ahead');
  });

  it('reads no party from "after" a time: "a big supplier of G to B after the war began"', () => {
    const out = extractText('Tellbrook Ltd became a big supplier of optics to Belarus after Quessant Corp collapsed in 2021.');
    expectNoRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Belarus');
  });
});

describe('grammar: a party\'s role in a trade event', () => {
  it('reads "designated A for its role in the supply of G to B" as A supplying B, and "its" with no firm before it as no one', () => {
    const out = extractText('The Treasury designated Tellbrook Ltd for its role in the supply of optics to Belarus. ' +
      "Quessant Corp's involvement in the export of radios to Moldova is documented. " +
      'Last month, the Treasury sanctioned a cargo airline for its part in the shipment of Serbian shells to Armenia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Belarus').rule).toBe('frame:supply/nominal');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Moldova');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury', 'Armenia');
  });
});

describe('grammar: a trade role named after the copula', () => {
  it('reads "One of the leading importers of G from B is A" and "The largest supplier of G to B was A"', () => {
    const out = extractText('Among other things, one of the leading importers of relays from Latvia is the Russian firm "Orvane-M". ' +
      'The largest supplier of gimbals to Nepal was Pellick Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Latvia', 'Orvane-M').rule).toBe('frame:supply/copular-role');
    expect(expectRel(out, 'SHIPPED_TO', 'Pellick Systems', 'Nepal').rule).toBe('frame:supply/copular-role');
  });
});

describe('grammar: a trade role a body gives', () => {
  it('reads \'OFAC described A as a "steady shipper of G to B"\', and "the company" as the one company the last sentences named', () => {
    const out = extractText('OFAC described Orvane Design as a “steady shipper of machine parts to Belarus.”');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvane Design', 'Belarus').rule).toBe('frame:supply/copular-role');
    const later = extractText('In July, OFAC blocked Pellick Trading LLC. Its notice described the company as a major seller of relays to Nepal.');
    expectRel(later, 'SHIPPED_TO', 'Pellick Trading LLC', 'Nepal');
    // The status the list gives is no entity.
    const status = extractText('OFAC designated Orvane Design as a Specially Designated National and added Pellick Labs to its list.');
    expect(status.entities.map((e) => e.name)).not.toContain('Specially Designated National');
  });
});

describe('grammar: reliance, examples with "like", and the purpose of a means', () => {
  it('reads "B\'s reliance on countries like A, C and D for G" as their supply of B', () => {
    const out = extractText('Analysts note Belarus’s reliance on countries like Laos, Nepal, and Mongolia for machine tools. Belarus’s reliance on oil revenue grew.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Belarus').rule).toBe('frame:supply/reliance-on');
    expectRel(out, 'SHIPPED_TO', 'Nepal', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
  });

  it('reads "firms like A and B shipped G to C" and "relies on countries like A and B"', () => {
    const out = extractText('Firms like Orvane Systems and Pellick Trading shipped drones to Belarus. Armenia relies on countries like Laos and Nepal for chips.');
    expectRel(out, 'SHIPPED_TO', 'Orvane Systems', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Pellick Trading', 'Belarus');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Armenia').rule).toBe('frame:rely/active');
  });

  it('reads "A used a network of shell firms in countries including B and C to acquire G from D": D supplies A', () => {
    const out = extractText('Harold Vint used a web of shell firms in countries including Laos, Nepal and Mongolia to acquire rare relays from makers like Orvane, a small Lao firm.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvane', 'Harold Vint').rule).toBe('frame:acquire/active');
    expectNoRel(out, 'SHIPPED_TO', 'Orvane', 'Nepal');
    // (Not past a time clause: "has set up a trading house in B after the war to buy G" is the house's purchase.)
    const after = extractText('A man tied to the Belarusian government has set up a trading house in Nepal in 2022 after the war in Ukraine to purchase valves from Mongolian companies for shipment to Moscow.');
    expectNoRel(after, 'SHIPPED_TO', 'Mongolia', 'Belarusian government');
    expectRel(after, 'SHIPPED_TO', 'Mongolia', 'Nepal');
  });
});

describe('grammar: the supplier of goods a party uses', () => {
  it('reads "A is the sole supplier of the engines used by B", not of methods', () => {
    expect(expectRel(extractText('Halvern Group is the sole supplier of the engines used by Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply/copular-role');
    expect(relationsOf('Halvern Group is the sole supplier of the methods used by Brask Logistics.', 'SHIPPED_TO')).toEqual([]);
  });
});
