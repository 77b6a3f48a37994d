/**
 * Flows the press states around people, reporters and networks of traders: each construction shown with sentences
 * written for the test (invented names; real countries only where a country is the party).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: people are no goods', () => {
  it('draws no flow for troops, soldiers or engineers sent to a country, counted or not', () => {
    const out = extractText('Officials say Laos sent more than 12,000 troops to Russia last spring. ' +
      'Mongolia sent soldiers to Belarus. The engineers were sent to Armenia by Nepal.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Nepal', 'Armenia');
  });

  it('still draws the flow when goods go with the people, or when a count of goods follows "more than"', () => {
    const out = extractText('Laos sent shells and soldiers to Russia. Mongolia sent more than 300 drones to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
  });
});

describe('grammar: the source of a report closing its sentence', () => {
  it('takes no party from what an attribution names: "According to radar images provided by A, ..."', () => {
    const out = extractText('Laos started selling fuel directly to Nepal in March, in breach of UN limits. In return, Laos gets shells.\n\n' +
      'Source: Daily Lunar\n\nDetails: According to radar images provided by the Lunar Maritime Institute (LMI), a think tank in Oslo, ' +
      'at least four Nepalese barges called at a Laotian river port this month.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Nepal');
    expectNoRel(out, 'SHIPPED_TO', 'Lunar Maritime Institute', 'Nepal');
  });

  it('takes no party from "..., sanctions envoy A said on Aug. 14." (a title in lower case, a date after the verb)', () => {
    const out = extractText('Precision lathes were sold to Russia via firms in Laos, Ukrainian sanctions envoy Harold Vint said on Aug. 14. ' +
      'Milling heads were sold to Belarus, Orla Brandt said in a post on Friday. ' +
      'Gear hobs were sold to Armenia via firms in Nepal, the Lunarian deputy trade envoy Piet Marlow said on Monday.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Harold Vint', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Orla Brandt', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Nepal', 'Armenia');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.target === out.entities.find((e) => e.name === 'Armenia')?.id).length).toBe(1);
  });
});

describe('grammar: routes through networks, and "they" inside a relative clause', () => {
  it('reads the members of "a chain of Chinese and Thai traders" as the route', () => {
    const out = extractText('Russian arms makers acquire chips through a chain of Chinese and Thai traders.');
    expect(expectRel(out, 'SHIPPED_TO', 'China', 'Russia').rule).toBe('frame:acquire/active+via-only');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Russia');
  });

  it('reads "they" in "..., which they acquire through D" as the main clause\'s plural subject', () => {
    const out = extractText('Russian arms makers rely on chips from Asian makers, which they then acquire through a web of Thai suppliers.');
    expect(expectRel(out, 'SHIPPED_TO', 'Thailand', 'Russia').rule).toBe('frame:acquire/active+via-only');
  });
});

describe('grammar: a charge of a trade event', () => {
  it('reads "convicted A of exports of G to B" and "accused A of the export of G to B": A supplied B', () => {
    const out = extractText('Last spring a court in Graz convicted Harold Vint of exports of banned lathes to Belarus. ' +
      'Prosecutors accused Orla Brandt of the sale of drone engines to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Harold Vint', 'Belarus').rule).toBe('frame:supply/nominal');
    expectRel(out, 'SHIPPED_TO', 'Orla Brandt', 'Mongolia');
  });
});
