/**
 * "A was sanctioned for transporting weapons by the United States": a "by" after the gerund a passive takes is the
 * passive's agent, not the gerund's; a firm there that cannot impose a measure ("by Kestra Air") sanctions nothing.
 * Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: the agent named past the reason', () => {
  it('gives the measure to the body after the gerund', () => {
    const out = extractText('Halvern Lines was sanctioned for carrying rifles to the front by Laos in May 2022.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Lines');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Lines', 'Laos');
  });

  it('reads a firm after the gerund as a means, not the agent', () => {
    const out = extractText('Laos imposed sanctions on Vestrik. Halvern Lines was sanctioned for sending rifles by Kestra Air.');
    expectNoRel(out, 'SANCTIONED', 'Kestra Air', 'Halvern Lines');
  });
});
