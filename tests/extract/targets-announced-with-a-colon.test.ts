/**
 * A sanctions report that names its group of targets and ends the sentence with a colon ("The targets include:",
 * "The sanctioned entities are:") gives the names below it, shown with sentences written for the test (invented
 * names): in list items, or in plain paragraphs that each open with a name and its description ("A, which runs a
 * depot, and B, a firm that ...", "C (OOO C), a ...", "Laos-based distributor D, which ..."). A paragraph after the
 * run that opens with a name acting in the sentence ("E, a firm in Laos, denied it") is the story going on.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const OPENING = 'The US Treasury has imposed sanctions on four companies and a man who helped the Halvern Group.';

const PARAGRAPHS = [
  OPENING,
  'The targets include:',
  'Brask Logistics, which runs a depot in Laos, and Vestrik, a firm that ships parts to the Halvern Group.',
  'Laos-based parts distributor Orvel Trading, which bought engines from Tessaly Optics. It was founded in 2019.',
  'Limited Liability Company Kestra (OOO Kestra), a Thai firm accused of taking part in the scheme.',
  'Pavel Dorin, an executive of the Halvern Group.',
  'Tessaly Optics, a maker of lenses in Vietnam, denied selling the engines.',
].join('\n\n');

describe('relations: targets announced with a colon', () => {
  it('gives the names of list items after "The targets include:" to the body that acted', () => {
    const out = extractText([OPENING, 'The sanctioned entities are:', '- Brask Logistics, a firm in Laos.', '- Orvel Trading, a Vietnamese company.'].join('\n\n'));
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Orvel Trading');
  });

  it('reads paragraphs that open with a described name as the items, two to a paragraph too', () => {
    const out = extractText(PARAGRAPHS);
    for (const name of ['Brask Logistics', 'Vestrik', 'Orvel Trading', 'Limited Liability Company Kestra', 'Pavel Dorin']) {
      expectRel(out, 'SANCTIONED', 'US Treasury', name);
    }
  });

  it('ends the run at a paragraph whose name acts in its own sentence', () => {
    const out = extractText(PARAGRAPHS);
    expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Tessaly Optics');
    expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Kestrel Mining');
  });

  it('takes only the paragraph right after the colon or the last item, opening with its name', () => {
    const apart = extractText([OPENING, 'The targets include:', 'The Treasury said more would follow.', 'Orvel Trading, a Vietnamese company.'].join('\n\n'));
    expectNoRel(apart, 'SANCTIONED', 'US Treasury', 'Orvel Trading');
    const inside = extractText([OPENING, 'The targets include:', 'Details came on Monday. Orvel Trading, a shipper of parts to the Halvern Group.'].join('\n\n'));
    expectNoRel(inside, 'SANCTIONED', 'US Treasury', 'Orvel Trading');
  });

  it('reads no name that only describes the paragraph\'s item ("A Halvern Group subsidiary, which ...")', () => {
    const out = extractText([OPENING, 'The targets include:', 'A Halvern Group subsidiary, which ships parts to Laos.'].join('\n\n'));
    expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Group');
  });

  it('gives a list after the colon inside the sentence no paragraph after it', () => {
    const out = extractText([OPENING, 'The targets include: Brask Logistics and Vestrik.', 'Pavel Dorin, an executive of the Halvern Group.'].join('\n\n'));
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Vestrik');
    expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Pavel Dorin');
  });

  it('reads an item\'s relative clause after its description, and a second item after "and", as the list going on', () => {
    const out = extractText([OPENING, 'The targets include:', 'Kestra Air, a carrier in Laos, which flies cargo to Mongolia.',
      'Brask Logistics, a depot operator in Laos, and Vestrik, a firm shipping parts.'].join('\n\n'));
    for (const name of ['Kestra Air', 'Brask Logistics', 'Vestrik']) expectRel(out, 'SANCTIONED', 'US Treasury', name);
  });

  it('reads a group marked by a relative clause ("The Laos-based firms that have been sanctioned include the following:")', () => {
    const opening = 'Thailand on Thursday sanctioned 13 firms and people in Laos.';
    const listed = extractText([opening, 'The Laos-based firms and people that have been sanctioned include the following:',
      '• Orvel Trading, a trader acting for the Halvern Group.', '• Brask Logistics, a depot operator.'].join('\n\n'));
    expectRel(listed, 'SANCTIONED', 'Thailand', 'Orvel Trading');
    expectRel(listed, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectRel(extractText(`${opening} The companies that were sanctioned include Kestra Air and Vestrik.`), 'SANCTIONED', 'Thailand', 'Vestrik');
    // (Not a relative clause of some other act, nor a negated one.)
    expectNoRel(extractText(`${opening} The companies that helped include Kestra Air and Vestrik.`), 'SANCTIONED', 'Thailand', 'Vestrik');
    expectNoRel(extractText(`${opening} The companies that were not sanctioned include Kestra Air and Vestrik.`), 'SANCTIONED', 'Thailand', 'Vestrik');
  });

  it('reads no group whose relative clause gives another sense of the word ("that were hit by the floods")', () => {
    const opening = 'Thailand on Thursday sanctioned 13 firms and people in Laos.';
    for (const text of ['The firms that were hit by the floods include Brask Logistics.', 'The people who were targeted by the hackers include Martin Varno.',
      'The companies that were listed on the Vientiane exchange include Brask Logistics.', 'The firms that were named in the indictment include Brask Logistics.']) {
      const out = extractText(`${opening} ${text}`);
      expectNoRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
      expectNoRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
    }
    expectRel(extractText(`${opening} The firms that were listed include Brask Logistics.`), 'SANCTIONED', 'Thailand', 'Brask Logistics');
  });

  it('ends the run at a described name acting past a relative clause of its own', () => {
    for (const tail of ['Martin Varno, the firm\'s director, who founded it in 2010, rejected the claims.', 'Martin Varno, 54, who heads Brask Logistics, said the firm would appeal.']) {
      const out = extractText([OPENING, 'The targets include:', 'Orvel Trading, a Vietnamese company.', tail].join('\n\n'));
      expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Martin Varno');
    }
  });

  it('ends the run at a described name acting past an adverb or a time', () => {
    for (const tail of ['Martin Varno, a spokesman for Brask Logistics, on Wednesday said the firm would appeal.', 'Martin Varno, the firm\'s lawyer, strongly rejected the claims.']) {
      const out = extractText([OPENING, 'The targets include:', 'Orvel Trading, a Vietnamese company.', tail].join('\n\n'));
      expectRel(out, 'SANCTIONED', 'US Treasury', 'Orvel Trading');
      expectNoRel(out, 'SANCTIONED', 'US Treasury', 'Martin Varno');
    }
  });

  it('reads no paragraph as an item without the announcing colon, nor one that opens with an aside', () => {
    const plain = extractText(PARAGRAPHS.replace('The targets include:', 'The targets were named on Monday.'));
    expectNoRel(plain, 'SANCTIONED', 'US Treasury', 'Pavel Dorin');
    const aside = extractText([OPENING, 'The targets include:', 'Brask Logistics, a firm in Laos.', 'Orvel Trading, in turn, said it had done nothing wrong.'].join('\n\n'));
    expectRel(aside, 'SANCTIONED', 'US Treasury', 'Brask Logistics');
    expectNoRel(aside, 'SANCTIONED', 'US Treasury', 'Orvel Trading');
  });
});
