/**
 * A participle right after the measures a "with" phrase gives describes them ("hit A and B with new sanctions
 * targeting C"), so the targets are no sanctioners of a later list; an item set off by "one of ..." keeps a list of
 * targets going; "a subsidiary of A" among targets is one of A's firms, not A; "A is the president of B, founder and
 * owner of C" gives A's posts in a series; a body's committee is a body of its own; "named in X's sanctions list".
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: measures described by a participle, lists past "one of", posts in a series', () => {
  const banks = 'Thailand hit Laos and Vietnam on Tuesday with fresh sanctions targeting Vientiane\'s military support to Hanoi.\n\n' +
    'The sanctions, which list Laotian banks and generals, are the latest Thai step against the trade.\n\n' +
    'The Laotian banks targeted include Halvern Bank, one of the largest lenders up north, and Vientiane-based Brask Credit Bank, which has offices in China, the Thai finance ministry said in a statement.';

  it('reads no target of "hit ... with new sanctions targeting" as the body of a later list', () => {
    const out = extractText(banks);
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Bank');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Bank');
    expectRel(out, 'SANCTIONED', 'Thai finance ministry', 'Halvern Bank');
  });

  it('reads the item after one set off by "one of ..." as a target too', () => {
    expectRel(extractText(banks), 'SANCTIONED', 'Thai finance ministry', 'Brask Credit Bank');
  });

  it('keeps the subject of a firm described "with revenue exceeding" an amount', () => {
    const out = extractText('The Treasury imposed sanctions on 19 Laotian firms on Monday.\n\nBrask Logistics, a firm from Vientiane with yearly sales exceeding 10 million dollars, was sanctioned for shipping radios to Thai firms.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics');
  });

  it('reads "a subsidiary of A" among targets as none of A\'s own', () => {
    const out = extractText('Thailand imposed sanctions on Laotian firms on Monday.\n\n' +
      'In addition, among the sanctioned Laotian companies that received goods from Vietnam were a subsidiary of the Laotian corporation Halvern Group, which builds boats for the navy, and Brask Logistics, which was sanctioned for making rifles.\n\n' +
      'Among the entities targeted is the export division of Laos\'s Orvel Trading, which supplied drones.');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('reads the posts after "is the president of B," as the copula subject\'s', () => {
    const out = extractText('The Treasury said Laotian national Tomas Varno, already under US sanctions, is the president of Orvel, founder and owner of Brask and director of Halvern Group.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask', 'Tomas Varno');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask', 'Orvel');
    const plain = extractText('Tomas Varno is the president of Orvel Trading, founder and owner of Brask Logistics and director of Halvern Group.');
    expectRel(plain, 'SUBSIDIARY_OF', 'Brask Logistics', 'Tomas Varno');
  });

  it('keeps a body\'s committee apart from the body its name opens with', () => {
    const out = extractText('The UN Security Council (UNSC) imposed sanctions on Laos in 2019.\n\nThe paper and former UNSC Laos Sanctions Committee panel member Tomas Varno studied the images.');
    expectRel(out, 'SANCTIONED', 'UN Security Council', 'Laos');
    expect(entity(out, 'UNSC Laos Sanctions Committee')?.id).not.toBe(entity(out, 'UN Security Council')?.id);
  });

  it('reads "was named among ... in X\'s latest sanctions list" as X\'s sanction', () => {
    const out = extractText('Terminal operator Halvern Shipping Co (HSC) runs four berths in Vientiane and was named among 400 people and firms in the US Treasury\'s newest sanctions list.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Shipping Co');
    expectNoRel(extractText('The Treasury sanctioned Orvel Trading on Monday. Halvern Shipping Co was named in the list of top exporters.'), 'SANCTIONED', 'Treasury', 'Halvern Shipping Co');
  });

  it('keeps the walk back for other participles and other verbs\' "with"', () => {
    const following = extractText('The Treasury hit Halvern Group with sanctions following reports that it shipped drones to Brask Logistics.');
    expectRel(following, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Mongolia joined the European Union with sanctions targeting Orvel Trading.'), 'SANCTIONED', 'European Union', 'Orvel Trading');
    expectNoRel(extractText('Thailand hit Laos with a campaign targeting Brask Logistics.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('keeps "a subsidiary of A, B and C" giving B and C as targets', () => {
    const out = extractText('Among those sanctioned by the EU were a subsidiary of Orvel Trading, Brask Logistics and Tessaly Optics.');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'EU', 'Tessaly Optics');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Orvel Trading');
  });

  it('leaves a company\'s description after "the director of A," to A', () => {
    const out = extractText('Martin Varno is the director of Halvern Group, the parent company of Brask Logistics.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Martin Varno');
    const owner = extractText('Martin Varno, the president of Halvern Group, owner of Brask Logistics, was sanctioned by Laos.');
    expectRel(owner, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
  });

  it('reads no relative "one of whose" as an item of the list', () => {
    const out = extractText('The Treasury sanctioned 15 firms, including Halvern Group, one of whose directors, Martin Varno, was arrested, and Brask Logistics.');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Martin Varno');
    const targets = extractText('The Treasury sanctioned Orvel Trading on Monday. The targets include Halvern Group, one of whose directors, Martin Varno, was arrested, and Brask Logistics.');
    expectNoRel(targets, 'SANCTIONED', 'Treasury', 'Martin Varno');
  });
});
