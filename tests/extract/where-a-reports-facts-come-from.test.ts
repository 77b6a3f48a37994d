/**
 * "..., as per information from research firm A", "confirming information from the Laotian daily", "as per
 * intelligence from A": where a report's facts come from names no supplier of the goods. Sentences written for the
 * test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('flows: the source of a report is no supplier', () => {
  it('reads "information from A" as a source', () => {
    const out = extractText('Halvern Group shipped 1,000 drones to Brask Logistics, as per information from research firm Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });

  it('reads "findings", "intelligence", "analysis", "estimates" and "figures" from A alike', () => {
    for (const w of ['findings', 'intelligence', 'analysis', 'estimates', 'figures']) {
      const out = extractText(`Halvern Group shipped radios to Brask Logistics, as per ${w} from the research group Tessaly Optics.`);
      expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
      expectNoRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
    }
  });
});
