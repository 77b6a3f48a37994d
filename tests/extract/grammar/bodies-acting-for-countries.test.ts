/**
 * A country and one of its own bodies both named with sanctions ("US imposes sanctions on K"; "OFAC unveiled fresh
 * sanctions on K"): one actor, so a later list of designations belongs to the body, however far
 * on it comes. Two bodies of different countries stay two. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { bodyHome } from '../../../server/extract/body-names.js';
import { isActor } from '../../../server/extract/grammar/chunks.js';
import { readClauses } from '../../../server/extract/grammar/clauses.js';
import { expectNoRel, expectRel, extractText } from '../helpers.js';
import { grammarOf, textOf } from './grammar-of.js';

const HEAD = 'U.S. Imposes New Sanctions on Laos\n\n';
const ROUND = 'On 4 May the Office of Foreign Assets Control unveiled fresh sanctions on Laos.\n\n';
const GAP = 'The round adds many firms to the SDN List. This alert gives an overview of the actions.\n\n';
const LIST = 'The designations include Halvern Group JSC; Brask Logistics OAO; and Tessaly Optics.\n';

describe('grammar: a body acting for its country', () => {
  it('gives a later list of designations to the body, not to nobody', () => {
    const out = extractText(HEAD + ROUND + GAP + LIST);
    for (const t of ['Halvern Group JSC', 'Brask Logistics OAO', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', t);
    expectNoRel(out, 'SANCTIONED', 'United States', 'Halvern Group JSC');
  });

  it('does so for a body whose country the text gives with it ("the U.S. Treasury")', () => {
    const out = extractText(HEAD + 'On 4 May the U.S. Treasury unveiled fresh sanctions on Laos.\n\n' + GAP + LIST);
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics OAO');
  });

  it('keeps two bodies of different countries apart: no one body is the text’s', () => {
    const out = extractText('Laos Imposes New Sanctions on Vietnam\n\n' + ROUND.replace('Laos', 'Vietnam') + GAP + LIST);
    expectNoRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Halvern Group JSC');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group JSC');
  });

  const US_FIRST = 'On Monday the United States put sanctions on six Laotian arms makers. ';
  it('gives the measures a closing statement reports to the body whose statement it is, when it acts for the one on record', () => {
    const out = extractText(US_FIRST + 'The designations included Halvern Group and Brask Logistics, a Treasury Department statement said.');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    // (The attribution is no item of the list.)
    expectNoRel(out, 'SANCTIONED', 'United States', 'Treasury Department');
  });

  it('reads a list whose sentence closes with an attribution to its last item', () => {
    const out = extractText('Laos sanctioned several firms in May. The list includes Halvern Group, Brask Logistics and Tessaly Optics, officials said.');
    for (const t of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });

  it('reads the whole list before a closing attribution: "Among them are A, B and C, the ministry said"', () => {
    const out = extractText('Vietnam imposed sanctions on several foreign firms on Monday. Among them are Halvern Group, Brask Logistics and Orvel Trading, the foreign ministry said.');
    for (const t of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'Vietnam', t);
  });

  it('gives no closing speaker the measures where several bodies are on record, nor one whose verb does not close the sentence', () => {
    const two = extractText('Laos and Mongolia imposed sanctions on Vietnam on Monday. The designations include Halvern Group, a Thai Foreign Ministry statement said.');
    expectNoRel(two, 'SANCTIONED', 'Thai Foreign Ministry', 'Halvern Group');
    const open = extractText('The designations include Halvern Group, a Thai Foreign Ministry statement said, calling the measures unlawful.');
    expectNoRel(open, 'SANCTIONED', 'Thai Foreign Ministry', 'Halvern Group');
  });

  it('keeps the body on record when the closing speaker is another country\'s', () => {
    const out = extractText(US_FIRST + 'The designations included Halvern Group and Brask Logistics, a Laotian Foreign Ministry statement said.');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Foreign Ministry', 'Halvern Group');
  });

  it('reads the description before a closing "said" as its subject, no apposition: "..., a spokesman said."', () => {
    const g = grammarOf('The measures hit Halvern Group, a spokesman said.');
    const said = readClauses(g, g.an.sentences[0]).find((c) => c.lemma === 'say');
    expect(textOf(g, said?.subj)).toBe('a spokesman');
  });

  it('knows the home of a body known by a fixed name', () => {
    expect(bodyHome(['OFAC'])).toBe('US');
    expect(bodyHome(['the Office of Financial Sanctions Implementation'])).toBe('GB');
    expect(bodyHome(['Treasury Department'])).toBe('US');
    expect(bodyHome(['European Union'])).toBeUndefined();
  });
});

describe('grammar: a law the text names', () => {
  it('takes it for no party, under any of its names: "the Export Licensing Regulations (ELR)"', () => {
    const g = grammarOf('Jets flew to Laos in breach of the Export Licensing Regulations (ELR). Halvern Air jets subject to the ELR carried goods.');
    const actors = g.res.entities.map((e, i) => (isActor(g, i) ? [...e.surfaces.keys()][0] : null)).filter(Boolean);
    expect(actors).toContain('Halvern Air');
    expect(actors.filter((n) => /ELR|Regulations/.test(n!))).toEqual([]);
  });

  it('keeps a name the text gives a kind, whatever its last word: "businessman Martin Act"', () => {
    const out = extractText('Laos imposed sanctions on businessman Martin Act, who owns Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Act');
  });
});

describe('older rules: what a verb of finding found', () => {
  it('gives a participle on the found its own subject, not the finder: "B identified three jets carrying G to K"', () => {
    for (const t of [
      'Using flight data, Laos identified three cargo jets flying and transporting radios to Vietnam.',
      'Laos identified three Mongolian cargo jets subject to the Export Control Regulations transporting radios to Vietnam.',
    ]) expectNoRel(extractText(t), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('keeps a named party found doing it: "B identified A shipping G to K", "A was found shipping G"', () => {
    expectRel(extractText('Laos identified Halvern Group shipping radios to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(extractText('Halvern Group was found shipping drones to Laos in 2023.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Tessaly Optics found ways of supplying drone cameras to Laos despite the sanctions.'), 'SHIPPED_TO', 'Tessaly Optics', 'Laos');
  });
});
