/**
 * Which body a sanctions regime or measure speaks for, shown with sentences written for the test (invented names): a
 * regime a body owns and names after the country it is on ("Thailand's Laos sanctions regime") is the owner's, not
 * the country's. A package or round "of sanctions against B" is the body's whose package it is. Bodies a sentence goes
 * on with after its verb, each with a time and no verb of their own ("A sanctioned B in May, C in June and D a little
 * later"), took the same measure; not after a country as the target, where the list may go on with targets.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: the body a sanctions regime speaks for', () => {
  it('credits the owner of a regime named for the country it is on, not that country', () => {
    const out = extractText(
      "Two firms have been sanctioned under Thailand's Laos sanctions regime.\n\nThose sanctioned include Halvern Group.\n\nAlso sanctioned are state enterprises Brask Logistics and Orvel Trading, a maker of chips.",
    );
    for (const target of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) {
      expectRel(out, 'SANCTIONED', 'Thailand', target);
      expectNoRel(out, 'SANCTIONED', 'Laos', target);
    }
  });

  it('still credits a body named in the regime without a possessor', () => {
    const out = extractText('Halvern Group has been sanctioned under the Thai sanctions regime.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
  });

  it('keeps the country of the measures where their possessor is no body but their target', () => {
    expectRel(extractText("Halvern Group's Thai sanctions cover its subsidiary Brask Logistics."), 'SANCTIONED', 'Thailand', 'Brask Logistics');
  });

  it('credits the body whose package or round of sanctions the measures are', () => {
    const out = extractText('The European Union\'s ninth package of sanctions against Laos and Vietnam, adopted on Monday, bans arms imports.');
    expectRel(out, 'SANCTIONED', 'European Union', 'Laos');
    expectRel(out, 'SANCTIONED', 'European Union', 'Vietnam');
    expectRel(extractText("Thailand's latest round of sanctions on Halvern Group was welcomed."), 'SANCTIONED', 'Thailand', 'Halvern Group');
    // Not a phrase of another kind that the measures are of.
    expectNoRel(extractText("Thailand's critics of sanctions against Laos spoke out."), 'SANCTIONED', 'Thailand', 'Laos');
    expectNoRel(extractText("Thailand's denial of sanctions against Orvel Trading surprised analysts."), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('reads bodies that take the verb with a time of their own as sanctioners too', () => {
    const out = extractText('Laos sanctioned Halvern Group for arming the junta in April 2021, Thailand in June of that year and Vietnam a little later.');
    for (const body of ['Laos', 'Thailand', 'Vietnam']) expectRel(out, 'SANCTIONED', body, 'Halvern Group');
  });

  it('reads such a body after "and" or "since" too', () => {
    expectRel(extractText('Laos sanctioned Brask Logistics in 2022 and the European Union in 2023.'), 'SANCTIONED', 'European Union', 'Brask Logistics');
    expectRel(extractText('Laos has sanctioned Brask Logistics since 2022, the European Union since 2023.'), 'SANCTIONED', 'European Union', 'Brask Logistics');
  });

  it('reads no such body where it has a verb of its own, has no time, or follows a country as the target', () => {
    expectNoRel(extractText('Laos sanctioned Halvern Group in 2022, and Thailand in May said it would follow.'), 'SANCTIONED', 'Thailand', 'Halvern Group');
    expectNoRel(extractText('Laos sanctioned Halvern Group for its sales to Brask Logistics, and Thailand.'), 'SANCTIONED', 'Thailand', 'Halvern Group');
    // (A target before the time, with the body from the passive's agent: the gapped name is one more body, not a target.)
    expectNoRel(extractText('Halvern Group was sanctioned by Laos in May, the European Union in June.'), 'SANCTIONED', 'Laos', 'European Union');
    expectNoRel(extractText('Laos sanctioned Cambodia in May, Vietnam in June.'), 'SANCTIONED', 'Vietnam', 'Cambodia');
    expectNoRel(extractText("Laos sanctioned Halvern Group in May, Vietnam's Brask Logistics in June."), 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('reads no such body in a list of targets, after a body as the target, or inside a clause of the reasons', () => {
    const none = (text: string, body: string, target: string) => expectNoRel(extractText(text), 'SANCTIONED', body, target);
    none('Japan sanctioned Tessaly Optics, Orvel Trading and the Laotian army in 2022.', 'Laotian army', 'Orvel Trading');
    none('Japan sanctioned Halvern Group in April, the Laotian Defence Ministry in May.', 'Laotian Defence Ministry', 'Halvern Group');
    none('The UN sanctioned Halvern Group over deliveries of rifles to Laos and Vietnam in 2021.', 'Vietnam', 'Halvern Group');
    none('Vietnam sanctioned Halvern Group, which shipped rifles to Laos in 2019, Mongolia in 2020 and Thailand later.', 'Mongolia', 'Halvern Group');
    const out = extractText('Laos sanctioned the Thai Defence Ministry in 2022, the Vietnamese Interior Ministry in 2023 and Halvern Group in 2024.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Vietnamese Interior Ministry');
    expectNoRel(out, 'SANCTIONED', 'Vietnamese Interior Ministry', 'Halvern Group');
  });
});
