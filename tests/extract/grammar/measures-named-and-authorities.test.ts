/**
 * More targets of a measure, as wire reports of sanctions name them: "Authorities also sanctioned A" (the body on
 * record), "imposed sanctions on A for aiding B, and also named C and D for aiding A" (a naming joined to the measure),
 * "A and its director, B, were named in the measures", and "Also targeted were A and his firm, B" (a person's own
 * firm in apposition joins the list). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: unnamed authorities imposing a measure', () => {
  it('reads "Authorities also sanctioned A" as the body on record sanctioning A', () => {
    const out = extractText('Thailand imposed sanctions on Halvern Group on Monday. Authorities also sanctioned Orvel Trading and Brask Logistics for their ties to Martin Varno.');
    expect(expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectRel(extractText('Thailand imposed sanctions on Halvern Group on Monday. The authorities also sanctioned Orvel Trading.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('keeps authorities a phrase places elsewhere, or names, to themselves', () => {
    const elsewhere = extractText('Thailand imposed sanctions on Halvern Group on Monday. Officials in Laos sanctioned Orvel Trading.');
    expectNoRel(elsewhere, 'SANCTIONED', 'Thailand', 'Orvel Trading');
    // (Nor where the sentence names a country or a body the authorities may be.)
    expectNoRel(extractText('Laos imposed sanctions on Halvern Group in May. In Vietnam, authorities also sanctioned Orvel Trading.'), 'SANCTIONED', 'Laos', 'Orvel Trading');
    expectNoRel(extractText("Thailand imposed sanctions on Halvern Group on Monday. Authorities also sanctioned Orvel Trading, Vietnam's finance ministry said."), 'SANCTIONED', 'Thailand', 'Orvel Trading');
    const lao = extractText('Thailand imposed sanctions on Halvern Group on Monday. Lao authorities also sanctioned Orvel Trading.');
    expectRel(lao, 'SANCTIONED', 'Laos', 'Orvel Trading');
    expectNoRel(lao, 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });
});

describe('grammar: a naming joined to a measure', () => {
  it('reads "imposed sanctions on A for aiding B, and also named C and D for aiding A" as C and D targeted too', () => {
    const out = extractText('The Lao Finance Ministry said it has imposed sanctions on Halvern Group for aiding Martin Varno, and also named Irina Olskaya and Tomas Varno for aiding Halvern Group.');
    expect(expectRel(out, 'SANCTIONED', 'Lao Finance Ministry', 'Irina Olskaya').rule).toBe('frame:name-for/active');
    expectRel(out, 'SANCTIONED', 'Lao Finance Ministry', 'Tomas Varno');
    // (The naming's subject is the measure's, not the gerund's: Halvern Group names no one.)
    expectNoRel(out, 'SANCTIONED', 'Halvern Group', 'Irina Olskaya');
    // (Past a relative on the gerund's object, as near as the gerund is.)
    const past = extractText('The Lao Finance Ministry said it has imposed sanctions on Halvern Group for aiding Martin Varno, who was already subject to Thai sanctions, and also named Irina Olskaya for aiding Halvern Group.');
    expectRel(past, 'SANCTIONED', 'Lao Finance Ministry', 'Irina Olskaya');
  });

  it('keeps a finite verb after a gerund with the gerund\'s subject unless it names or sanctions', () => {
    const out = extractText('Halvern Group was accused of shipping tanks to Laos, and sold rifles to Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
    const praised = extractText('Thailand praised Halvern Group for supplying tanks to Laos, and shipped rifles to Vietnam.');
    expectNoRel(praised, 'SHIPPED_TO', 'Thailand', 'Vietnam');
  });

  it('keeps a gerund joined to a gerund the gerund\'s own', () => {
    const out = extractText('Thailand sanctioned Halvern Group for buying drones from Vietnam and shipping them to Laos.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Thailand', 'Laos');
  });

  it('takes no target from a naming to a post, nor from one joined to no measure', () => {
    expectNoRel(extractText('Thailand sanctioned Halvern Group in May and named Orvel Trading as a supplier.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
    expect(relationsOf('Thailand praised Halvern Group in May and named Orvel Trading for its help.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Thailand imposed tariffs on Halvern Group and also named Orvel Trading for its help.', 'SANCTIONED')).toEqual([]);
    // (A reason alone makes no measure: the clause joined must impose one.)
    expect(relationsOf('Thailand praised Halvern Group in May and named Orvel Trading for aiding it.', 'SANCTIONED')).toEqual([]);
    expectNoRel(extractText('Thailand imposed sanctions on Halvern Group for shipping tanks to Laos, and also named Orvel Trading for its cooperation with the inquiry.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
    // (A reason given as the firm's part: "for their ties to", "for its role in".)
    expectRel(extractText('Thailand imposed sanctions on Halvern Group for shipping tanks to Laos, and also named Orvel Trading for its role in the scheme.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('reads "A and its director, B, were named in the measures" as both targeted by the body on record', () => {
    const out = extractText('Thailand imposed sanctions on Halvern Group on Monday. Both Orvel Trading and its director, Martin Varno, were named in the measures.');
    expect(expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading').rule).toBe('frame:name-in/passive');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
    expectNoRel(extractText('Thailand imposed sanctions on Halvern Group on Monday. Orvel Trading was named in the report.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
    expectNoRel(extractText('Thailand imposed sanctions on Halvern Group on Monday. Orvel Trading was named in the sanctions evasion probe.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });
});

describe('grammar: a person and his firm in apposition', () => {
  it('reads "Also targeted were A and his manufacturer, B" as both targeted', () => {
    const out = extractText('Thailand sanctioned Halvern Group on Monday. Also targeted were Laotian businessman Martin Varno and his steel plate manufacturer, Orvel Trading Co.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
    expect(expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading Co.').rule).toBe('frame:sanction/passive');
  });

  it('keeps a kinsman named right after "his" in the list', () => {
    const out = extractText('Thailand sanctioned Halvern Group on Monday. Among those targeted is Orvel Trading, along with its director Martin Varno and his father Tomas Varno.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Tomas Varno');
  });

  it('reads "A and his company, B" as the person owning B, and a pronoun after a place as no one\'s', () => {
    const out = extractText('Also targeted were Martin Varno and his company, Orvel Trading Co.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orvel Trading Co.', 'Martin Varno').rule).toBe('frame:own/persons-company');
    // ("A, who lived in P, and his company, B": the firm is still the person's, not joined to the place.)
    const place = extractText('Thailand charged Martin Varno. Mr Varno, who is 51 and lived in Vientiane, and his company, Orvel Trading Corp, served as brokers for the buyers.');
    expectRel(place, 'SUBSIDIARY_OF', 'Orvel Trading Corp', 'Martin Varno');
  });
});

describe('grammar: demonyms joined before one head, past a quantity', () => {
  it('reads "several Thai and Vietnamese entities" as firms of both countries, not Thailand itself', () => {
    const out = extractText('Laos sanctioned several Thai and Vietnamese entities for arranging transfers of rocket fuel to Halvern Group.');
    expect(expectRel(out, 'SHIPPED_TO', 'Thailand', 'Halvern Group').rule).toBe('frame:arrange-supply/active');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Halvern Group');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText('Laos sanctioned two Thai and Vietnamese firms for facilitating transfers of tin to Halvern Group.'), 'SHIPPED_TO', 'Vietnam', 'Halvern Group');
  });

  it('reads "Thai" as the demonym it is, not as the country\'s name', () => {
    expect(relationsOf('Laos sanctioned Thai firms on Monday.', 'SANCTIONED')).toEqual([]);
    expectRel(extractText('Laos sanctioned Thailand on Monday.'), 'SANCTIONED', 'Laos', 'Thailand');
  });
});
