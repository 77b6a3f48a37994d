/**
 * A name joined by a hyphen to a participle of ties before the noun ("sanctions on Halvern Group-linked firms",
 * "Brask-affiliated companies", "Kestra-backed traders") describes the firms the measure is on; the group they are
 * tied to is no target. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: a name tied to the target by a hyphen', () => {
  it('sanctions no group whose linked firms are the targets', () => {
    for (const text of ['Laos imposes sanctions on Halvern Group-linked firms in Vietnam', 'Laos imposed sanctions on Halvern Group-affiliated companies last week.']) {
      expectNoRel(extractText(text), 'SANCTIONED', 'Laos', 'Halvern Group');
    }
  });

  it('reads a spaced dash before such a participle as an aside, not a hyphen', () => {
    const out = extractText('The Halvern Group shipped drones to Brask Logistics - tied to Mongolia\'s army - in 2023.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });

  it('keeps the named target beside such a phrase', () => {
    const out = extractText('Laos imposed sanctions on Orvel Trading and Kestra-backed traders.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Kestra');
  });
});
