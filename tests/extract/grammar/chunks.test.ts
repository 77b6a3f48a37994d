import { describe, expect, it } from 'vitest';
import { chunkAt } from '../../../server/extract/grammar/chunks.js';
import { sentenceChunks } from '../../../server/extract/grammar/clauses.js';
import { grammarOf, names, textOf } from './grammar-of.js';
import { expectRel, extractText } from '../helpers.js';

function chunks(text: string) {
  const g = grammarOf(text);
  return { g, list: sentenceChunks(g, g.an.sentences[0]).list };
}

describe('grammar: chunks', () => {
  it('keeps a legal form before a quoted name in the name\'s phrase: \'to CJSC "A"\'', () => {
    const { g, list } = chunks('Halden Works shipped lathes to CJSC "Corvel Tooling" last spring.');
    expect(list.some((x) => textOf(g, x).startsWith('CJSC') && names(g, x.ents).includes('Corvel Tooling'))).toBe(true);
    expect(expectRel(extractText('Halden Works shipped lathes to CJSC "Corvel Tooling" last spring.'), 'SHIPPED_TO', 'Halden Works', 'Corvel Tooling').rule).toBe('frame:supply/active');
  });

  it('joins a coordinated list of names into one phrase', () => {
    const { g, list } = chunks('The ministry fined Velmora Trading LLC, Ostrander Components Ltd and Quillfeather GmbH last week.');
    const c = list.find((x) => x.ents.length > 1)!;
    expect(names(g, c.ents)).toEqual(['Velmora Trading LLC', 'Ostrander Components Ltd', 'Quillfeather GmbH']);
    expect(c.plural).toBe(true);
  });

  it('keeps a participle after a count in the phrase: "to four designated Belarusian state-run plants in the rail industry, including A"', () => {
    const { g, list } = chunks('Halden Works sold lathes to four designated Belarusian state-run plants in the rail industry, including the Corvel Wagon Plant.');
    expect(list.some((x) => textOf(g, x) === 'four designated Belarusian state-run plants')).toBe(true);
    const out = extractText('Halden Works LLC sold lathes to four designated Belarusian state-run plants in the rail industry, including the Corvel Wagon Plant.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halden Works LLC', 'Corvel Wagon Plant').rule).toBe('frame:supply/active');
  });

  it('keeps a participle after a possessive in the phrase: "Halden Works\' continued supply of lathes to Belarus"', () => {
    const { g, list } = chunks("Halden Works's continued supply of lathes to Belarus alarmed the ministry.");
    expect(list.some((x) => textOf(g, x) === "Halden Works's continued supply")).toBe(true);
    const out = extractText("Halden Works's continued supply of lathes to Belarus alarmed the ministry.");
    expect(expectRel(out, 'SHIPPED_TO', 'Halden Works', 'Belarus').rule).toBe('frame:supply/nominal');
  });

  it('does not make a list of a place and the next clause\'s subject joined by a bare comma', () => {
    const { g, list } = chunks('Since the war in Ukraine, Brantwick Systems has sold radios to buyers abroad.');
    const ukraine = list.find((x) => textOf(g, x).startsWith('Ukraine'))!;
    expect(names(g, ukraine.ents)).toEqual(['Ukraine']);
  });

  it('reads a possessive as the possessor of the head, and a parenthetical as part of the name', () => {
    const { g, list } = chunks("Halvorsen Industries' subsidiary Kettle Rock Holdings (KRH) opened an office.");
    const c = list[0];
    expect(names(g, [c.poss])).toEqual(['Halvorsen Industries']);
    expect(c.pre).toBe('subsidiary');
    expect(names(g, c.ents)).toEqual(['Kettle Rock Holdings']);
    expect(textOf(g, c)).toContain('(KRH)');
  });

  it('keeps a country before a generic noun as a modifier, not as the phrase\'s entity', () => {
    const g = grammarOf('They fined four Kyrgyz companies.');
    const s = g.an.sentences[0];
    const k = g.an.tokens.findIndex((t) => t.lower === 'four');
    const c = chunkAt(g, s, k)!;
    expect(c.ents).toEqual([]);
    expect(c.noun).toBe('companies');
    expect(c.count).toBe(4);
    expect(names(g, c.mods)).toEqual(['Kyrgyz']);
  });

  it('stops a one-item list at ", and" that opens a new conjunct of the clause', () => {
    const { g, list } = chunks('Pemberly Trading shipped drones to Varkon Holdings, and Oskaro Logistics shipped none.');
    const c = list.find((x) => names(g, x.ents).includes('Varkon Holdings'))!;
    expect(names(g, c.ents)).toEqual(['Varkon Holdings']);
  });

  it('joins names held back by a bare comma to a list closed by a description: "from A, B and other countries"', () => {
    const { g, list } = chunks('Ostrel Ltd bought rifles from Belarus, Serbia and other countries in 2022.');
    const c = list.find((x) => x.ents.length > 1)!;
    expect(names(g, c.ents)).toEqual(['Belarus', 'Serbia']);
    expect(expectRel(extractText('Ostrel Ltd bought rifles from Belarus, Serbia and other countries in 2022.'), 'SHIPPED_TO', 'Serbia', 'Ostrel Ltd').rule)
      .toBe('frame:acquire/active');
  });

  it('keeps an industry\'s name before a word for firms in the phrase, no verb: "B and Belarusian shipping companies A, C and D"', () => {
    const text = 'The EU designated Velkor Lines and Belarusian shipping companies Tarsel-Flot, Ostmark Broker and Dravik.';
    const { g, list } = chunks(text);
    expect(names(g, list.find((x) => x.ents.length > 1)!.ents)).toEqual(['Velkor Lines', 'Tarsel-Flot', 'Ostmark Broker', 'Dravik']);
    const out = extractText(text);
    for (const t of ['Velkor Lines', 'Tarsel-Flot', 'Ostmark Broker', 'Dravik']) expectRel(out, 'SANCTIONED', 'EU', t);
    // "shipping" names the firms' trade; nothing is shipped here (by either layer).
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // The verb is still one before goods.
    expectRel(extractText('Velkor Ltd is shipping cranes to Belarus.'), 'SHIPPED_TO', 'Velkor Ltd', 'Belarus');
  });

  it('ends a list before the speaker of a closing attribution: "... to B, Trade and Transport Minister C said."', () => {
    const out = extractText('Velkor Ltd shipped chips to Belarus, Trade and Transport Minister Dana Ivo said.');
    expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(1);
  });

  it('ends a name\'s phrase before a span of time that dates the clause: "to Laos days after the coup"', () => {
    const { g, list } = chunks('Brask Logistics shipped drones to Laos days after the coup.');
    expect(list.some((x) => textOf(g, x) === 'Laos')).toBe(true);
    expect(expectRel(extractText('Brask Logistics shipped drones to Laos weeks before the vote.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos').rule).toBe('frame:supply/active');
    // (Not a span after a count, "two days after", nor a name's days without "after": "the Laos weeks in May".)
    const counted = chunks('Two days after the coup, Brask Logistics shipped drones.');
    expect(counted.list.some((x) => textOf(counted.g, x) === 'Two days')).toBe(true);
    const named = chunks('Halvern Group organised the Laos weeks in May.');
    expect(named.list.some((x) => textOf(named.g, x) === 'the Laos weeks')).toBe(true);
  });
});
