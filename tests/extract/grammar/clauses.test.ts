import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../server/extract/grammar/clauses.js';
import { grammarOf, names, textOf } from './grammar-of.js';

function clauses(text: string) {
  const g = grammarOf(text);
  return { g, cls: g.an.sentences.flatMap((s) => readClauses(g, s)) };
}

describe('grammar: clauses', () => {
  it('reads subject, lemma, voice, object and prepositional roles', () => {
    const { g, cls } = clauses('Pemberly Trading shipped 400 drones to Varkon Holdings via Oskaro Logistics.');
    const c = cls.find((x) => x.lemma === 'ship')!;
    expect(c.voice).toBe('active');
    expect(names(g, c.subj!.ents)).toEqual(['Pemberly Trading']);
    expect(textOf(g, c.obj)).toBe('400 drones');
    expect(names(g, c.roles.to!.ents)).toEqual(['Varkon Holdings']);
    expect(names(g, c.roles.via!.ents)).toEqual(['Oskaro Logistics']);
  });

  it('reads "targets" after one measure as the verb the tagger took for a noun, and only after a measure', () => {
    const { cls } = clauses('The new sanctions package targets Brask Logistics.');
    expect(cls.find((x) => x.lemma === 'target')).toBeDefined();
    expect(clauses('The new campaign targets Brask Logistics.').cls.find((x) => x.lemma === 'target')).toBeUndefined();
  });

  it('reads the passive and its agent, also in a reduced relative after a comma', () => {
    const { g, cls } = clauses('Varkon Holdings, controlled by Ilse Marquardt, was sanctioned by the Treasury Department.');
    const own = cls.find((x) => x.lemma === 'control')!;
    expect(own.voice).toBe('passive');
    expect(names(g, own.subj!.ents)).toEqual(['Varkon Holdings']);
    expect(names(g, own.roles.by!.ents)).toEqual(['Ilse Marquardt']);
    const sanction = cls.find((x) => x.lemma === 'sanction')!;
    expect(sanction.voice).toBe('passive');
    expect(names(g, sanction.subj!.ents)).toEqual(['Varkon Holdings']);
  });

  it('keeps the subject of a firm described "with revenue exceeding" an amount for the verb after the description', () => {
    const { g, cls } = clauses('Brask Logistics, a firm from Vientiane with yearly sales exceeding 10 million dollars, was sanctioned for shipping radios to Thai firms.');
    expect(names(g, cls.find((x) => x.lemma === 'sanction')!.subj!.ents)).toEqual(['Brask Logistics']);
  });

  it('marks negation, modality and attempts', () => {
    const { cls } = clauses('Pemberly Trading did not ship drones to Varkon Holdings. Oskaro Logistics could sell radios to Varkon Holdings. Brantwick Systems tried to send parts to Varkon Holdings.');
    expect(cls.find((x) => x.lemma === 'ship')!.negated).toBe(true);
    expect(cls.find((x) => x.lemma === 'sell')!.hedged).toBe(true);
    expect(cls.find((x) => x.lemma === 'send')!.hedged).toBe(true);
  });

  it('finds the subject of a relative clause past an apposition, and of a reported clause', () => {
    const { g, cls } = clauses('Pemberly Trading, a subsidiary of Halvorsen Industries, which exported radios to Varkon Holdings, closed. Customs records show that Oskaro Logistics shipped engines to Varkon Holdings.');
    expect(names(g, cls.find((x) => x.lemma === 'export')!.subj!.ents)).toEqual(['Pemberly Trading']);
    expect(names(g, cls.find((x) => x.lemma === 'ship')!.subj!.ents)).toEqual(['Oskaro Logistics']);
  });

  it('gives a gerund after "for" the governing clause\'s object as subject', () => {
    const { g, cls } = clauses('The Treasury Department designated Pemberly Trading for supplying drones to Varkon Holdings.');
    const c = cls.find((x) => x.lemma === 'supply')!;
    expect(c.subjHow).toBe('gerund');
    expect(names(g, c.subj!.ents)).toEqual(['Pemberly Trading']);
  });
});

describe('grammar: clauses with a zero relative or an aspect verb', () => {
  it('reads a zero relative on goods as the object: "the drones the firm A shipped to B"', () => {
    const { g, cls } = clauses('Investigators traced the drones the firm Zolvek LLC shipped to Kelvaro LLC.');
    const c = cls.find((x) => x.lemma === 'ship')!;
    expect(textOf(g, c.obj)).toBe('the drones');
    expect(names(g, c.subj!.ents)).toEqual(['Zolvek LLC']);
  });

  it('reads the subject past an aspect verb: "A continued shipping G", "the UK government started imposing ..."', () => {
    const { g, cls } = clauses('The UK government started imposing fresh sanctions on Iran.');
    const c = cls.find((x) => x.lemma === 'impose')!;
    expect(textOf(g, c.subj)).toBe('The UK government');
    expect(textOf(g, c.obj)).toBe('fresh sanctions');
  });

  it('reads a participle that takes no object before a noun as describing it: "G and related materials from B"', () => {
    const { g, cls } = clauses('Ostrel Ltd imported rifles and related materials from Serbia.');
    expect(cls.map((c) => g.an.tokens[c.verb].lower)).toEqual(['imported']);
    expect(names(g, cls[0].roles.from!.ents)).toEqual(['Serbia']);
  });

  it('reads no "to" role in a complex preposition: "all imposed pursuant to Executive Order 14051", "due to"', () => {
    const { cls } = clauses('Those listings were all imposed pursuant to Executive Order 14051. Velkor Ltd sold pumps to Ostmark due to the war.');
    expect(cls.find((c) => c.lemma === 'impose')!.roles.to).toBeUndefined();
    const sold = cls.find((c) => c.lemma === 'sell')!;
    expect(sold.roles.to).toBeDefined();
  });
});

describe('clauses: a means and its purpose', () => {
  it('gives "A used front companies to ship G" the user as the shipper, and a verb the table does not know its own base form', () => {
    const { g, cls } = clauses('Pemberly Trading used front companies to ship drones to Varkon Holdings.');
    expect(cls.map((x) => x.lemma)).toEqual(['use', 'ship']);
    const ship = cls.find((x) => x.lemma === 'ship')!;
    expect(names(g, ship.subj!.ents)).toEqual(['Pemberly Trading']);
    // (A named means is the one who acts: "used B to ship G".)
    const named = clauses('Pemberly Trading used Oskaro Logistics to ship drones to Varkon Holdings.');
    expect(names(named.g, named.cls.find((x) => x.lemma === 'ship')!.subj!.ents)).toEqual(['Oskaro Logistics']);
  });
});

describe('clauses: past a restrictive relative clause', () => {
  it('gives "The firm that makes these lenses shipped radios to B" the phrase the relative clause is on as its subject', () => {
    const { g, cls } = clauses('The firm that makes these lenses shipped radios to Varkon Holdings.');
    const ship = cls.find((x) => x.lemma === 'ship')!;
    expect(textOf(g, ship.subj)).toBe('The firm');
    // (A relative clause set off by commas kept its name before, as before.)
    const named = clauses('Pemberly Trading, which makes lenses, shipped radios to Varkon Holdings.');
    expect(names(named.g, named.cls.find((x) => x.lemma === 'ship')!.subj!.ents)).toEqual(['Pemberly Trading']);
  });
});

describe('clauses: a time phrase inside the verb group', () => {
  it('gives "A has for years faced sanctions", "A has since 2022 shipped G" their subject past the time phrase', () => {
    const { g, cls } = clauses('Pemberly Trading has for years faced sanctions. Oskaro Logistics has since 2022 shipped drones to Varkon Holdings.');
    expect(names(g, cls.find((x) => x.lemma === 'face')!.subj!.ents)).toEqual(['Pemberly Trading']);
    expect(names(g, cls.find((x) => x.lemma === 'ship')!.subj!.ents)).toEqual(['Oskaro Logistics']);
  });
  it('reads a participle between a count and its noun as part of the phrase: "exported 310 sanctioned engine parts to B"', () => {
    const { cls } = clauses('Velkor Ltd exported 310 sanctioned engine parts to Orvex Ltd.');
    expect(cls.map((c) => c.lemma)).toEqual(['export']);
    // (After a date the participle is the verb: "on Wednesday announced sanctions".)
    expect(clauses('The Treasury on Wednesday announced sanctions on Orvex Ltd.').cls.map((c) => c.lemma)).toContain('announce');
  });
  it('reads a participle right after a closing quote as a reduced passive: "data on exports \'from A to B\' obtained from C"', () => {
    const { cls } = clauses("Officials used data on exports 'from Latvia to Belarus' obtained from the Velkor Customs Office.");
    expect(cls.find((c) => c.lemma === 'obtain')?.voice).toBe('passive');
  });
});
