/**
 * A counted group that a clause makes a supplier ("Two Danish companies exported drones to B") and that a later
 * sentence names: after a dash, past a participle's phrase, or far down the article by as many names as it counted.
 * Also the gerund after a party's share in a deed ("sanctioned A for their role in supplying G to B"). Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, rel } from '../helpers.js';

/** Sentences that say nothing of the trade, to put distance between a group and its names. */
const FILLER = [
  'The investigation began last year.', 'Customs said the goods were declared as spare parts.', 'The case was opened in March.',
  'A court will hear it in the spring.', 'The head of the investigation said the case was complex.', 'Prosecutors declined to comment.',
  'The firms have not responded to requests for comment.',
].join(' ');

describe('discourse: a counted group named later', () => {
  it('names the group after a dash: "Three Latvian firms took part in the deal – A, B and C"', () => {
    const out = extractText('Three Latvian companies reportedly sold engine parts to Russia in 2023.\n\nThe deliveries began months after the invasion. ' +
      'Officials declined to comment.\n\nThree Latvian firms took part in the deal – Ardwell Lumen, Borvik Trade, and Calvor Services.');
    for (const n of ['Ardwell Lumen', 'Borvik Trade', 'Calvor Services']) expect(expectRel(out, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:supply/active+named-next');
  });

  it('names a group of two far down the article by two names, quoting both sentences: "The companies are A and B"', () => {
    const out = extractText(`Customs suspects that two Danish companies exported drones to Russia.\n\n${FILLER}\n\nThe companies are Ferrax ApS and Gallwin ApS.`);
    for (const n of ['Ferrax ApS', 'Gallwin ApS']) {
      const r = expectRel(out, 'SHIPPED_TO', n, 'Russia');
      expect(r.rule).toBe('frame:supply/active+named-next');
      // Two quotes, each one sentence: the names, and the clause about the group.
      expect(r.evidence.map((e) => e.quote).sort()).toEqual(['Customs suspects that two Danish companies exported drones to Russia.', 'The companies are Ferrax ApS and Gallwin ApS.']);
    }
  });

  it('does not name a group of two far down the article by three names', () => {
    const out = extractText(`Customs suspects that two Danish companies exported drones to Russia.\n\n${FILLER}\n\nThe companies are Ferrax ApS, Gallwin ApS and Holmdal ApS.`);
    for (const n of ['Ferrax ApS', 'Gallwin ApS', 'Holmdal ApS']) expectNoRel(out, 'SHIPPED_TO', n, 'Russia');
  });

  it('names the group past a participle\'s phrase: "The Greek companies facing sanctions include A, B and C"', () => {
    const out = extractText('The Treasury sanctioned three Greek firms for supplying machine tools to Russia.\n\nThe action is part of a broader effort.\n\n' +
      'The Greek companies facing sanctions include Hollmar Marine, Ipsaro Trade and Jovanet Tech.');
    for (const n of ['Hollmar Marine', 'Ipsaro Trade', 'Jovanet Tech']) expect(expectRel(out, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:supply/active+named-next');
    const by = extractText('Two Greek firms shipped machine tools to Russia.\n\nThe companies sanctioned by the Treasury are Hollmar Marine and Ipsaro Trade.');
    for (const n of ['Hollmar Marine', 'Ipsaro Trade']) expectRel(by, 'SHIPPED_TO', n, 'Russia');
  });
});

describe('clauses: the gerund after a party\'s share in a deed', () => {
  it('reads "sanctioned A and B for their involvement in supplying G to C" as A and B supplying', () => {
    const out = extractText('The Treasury sanctioned Hollmar Marine and Ipsaro Trade for their involvement in supplying machine tools to Russia.');
    for (const n of ['Hollmar Marine', 'Ipsaro Trade']) expect(expectRel(out, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:supply/active');
    const role = extractText('The Treasury announced sanctions on 40 entities, including Jovanet Tech and Kapper Lines, for their role in supplying machine tools to Russia.');
    for (const n of ['Jovanet Tech', 'Kapper Lines']) expect(expectRel(role, 'SHIPPED_TO', n, 'Russia').rule).toBe('frame:supply/active');
  });
});

describe('clauses and discourse: names set off between dashes', () => {
  it('reads "Chinese companies — A, a maker of fibre, and C, which is a unit of D — had shipped G to B" as A and C supplying B', () => {
    const out = extractText('Investigators found that Chinese companies — Orvel Yarns Ltd, a producer of special fibre, and Tasman Composites Corp, ' +
      'which belongs to a state holding — had shipped parts for helmets to Kirra Defence.');
    for (const n of ['Orvel Yarns Ltd', 'Tasman Composites Corp']) expect(expectRel(out, 'SHIPPED_TO', n, 'Kirra Defence').rule).toBe('frame:supply/active');
    // (An aside that is no list of names names no supplier.)
    const aside = extractText('Chinese companies — partners of Orvel Yarns Ltd and Tasman Corp and Dalby Ltd — had shipped parts for helmets to Kirra Defence.');
    // (The older rules' reading of the names before the verb is theirs; the frames take the companies as China's.)
    for (const n of ['Orvel Yarns Ltd', 'Tasman Corp', 'Dalby Ltd']) expect(rel(aside, 'SHIPPED_TO', n, 'Kirra Defence')?.rule ?? '').not.toMatch(/^frame:/);
    expect(expectRel(aside, 'SHIPPED_TO', 'China', 'Kirra Defence').rule).toBe('frame:supply/active');
  });
});
