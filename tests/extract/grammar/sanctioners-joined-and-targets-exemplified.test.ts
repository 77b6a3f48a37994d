/**
 * Who sanctioned whom when the report joins bodies or gives its targets by example, shown with sentences written for
 * the test (invented names): a second agent joined by "and by" after a time ("since April 2021"), targets given as
 * "such people as A and B", a person described before "who is under sanctions by ...", and "Neither A nor B is ...",
 * which denies.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: sanctioners joined, targets given by example', () => {
  it('reads a second agent joined by "and by", past a time that "since" opens', () => {
    const out = extractText('Brask Logistics, a Laotian firm sanctioned by Vietnam since April 2021 and by Thailand since late 2021, sells optics.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    // (A clause that "since" opens still ends the roles: "since Vietnam sanctioned it" names no second agent.)
    const clause = extractText('Brask Logistics has shipped drones to Laos since Orvel Trading stopped its sales, by its own account.');
    expectRel(clause, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expectNoRel(clause, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('reads the names "such ... as" gives as the targets', () => {
    const out = extractText('Vietnam sanctioned several Laotian judges and such people as Martin Varno and Tomas Varno, a deputy chairman of the committee.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Martin Varno');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Tomas Varno');
    expectRel(extractText('Vietnam sanctioned such firms as Brask Logistics and Orvel Trading.'), 'SANCTIONED', 'Vietnam', 'Orvel Trading');
    // (Not a comparison: "the same firms as Thailand" names no target.)
    expectNoRel(extractText('Vietnam sanctioned the same firms as Thailand did.'), 'SANCTIONED', 'Vietnam', 'Thailand');
    // (Nor the subject of a clause "as" opens, nor examples of deals or goods.)
    expectNoRel(extractText('Vietnam sanctioned such firms as Halvern Group had hired in Laos.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(extractText('Vietnam sanctioned such transfers as Brask Logistics arranged for Laos.'), 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    // (A participle that places the firms is no clause of its own.)
    expectRel(extractText('Vietnam sanctioned such firms as Brask Logistics based in Laos.'), 'SANCTIONED', 'Vietnam', 'Brask Logistics');
  });

  it('takes "who is currently under sanctions from A, B and C" back past the "of" phrase of the person\'s description', () => {
    const out = extractText('Martin Varno is the son of Tomas Varno, the trade minister of Laos, who is currently under sanctions from Vietnam, Thailand and the European Union.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Tomas Varno');
    expectRel(out, 'SANCTIONED', 'European Union', 'Tomas Varno');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Laos');
    // ("which" may well mean the firm after "of": "the supplier of B, which is under sanctions".)
    const firm = extractText('Halvern Group praised Brask Logistics, the supplier of Orvel Trading, which is under sanctions from Vietnam.');
    expectNoRel(firm, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    // (Nor past a person's name, whom "who" may mean: "A, the company of B, who ...".)
    const owner = extractText('Orvel Trading, the company of Martin Varno, who is under sanctions from Vietnam, sold drones.');
    expectRel(owner, 'SANCTIONED', 'Vietnam', 'Martin Varno');
    expectNoRel(owner, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });

  it('ends the targets at a relative clause of the last one: "sanctioned A, which supplies B with drones"', () => {
    const out = extractText('Vietnam sanctioned Halvern Group, which supplies Laos\'s military with drones.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Laos\'s military');
  });

  it('reads "Neither A nor B is subject to sanctions" as a denial, in either reader', () => {
    const out = extractText('Neither Brask Logistics nor Orvel Trading is currently subject to Vietnamese sanctions.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText('Orvel Trading is currently subject to Vietnamese sanctions.'), 'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });
});
