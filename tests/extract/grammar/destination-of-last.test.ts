/**
 * A supply clause that names its supplier and goods but no recipient, right after a clause in the same paragraph (or,
 * for an example, "In particular, ...", in the next one) that named one, goes on about the same destination ("Parts
 * are supplied to B by firms abroad. For example, A supplied components worth $3m."). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a supplier without a recipient after a stated destination', () => {
  it('takes the destination of the clause before: "... supplied to B by firms abroad. For example, A supplied G"', () => {
    const out = extractText('Drone parts are often supplied to Varkonia by firms set up abroad. For example, Pemberly Trading Ltd, a company registered in Dubai, supplied components worth $3 million.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia').rule).toBe('frame:supply/active+destination-of-last');
  });

  it('does not take it for a line of business, a market, a negated clause or another paragraph', () => {
    for (const second of [
      'Orlov Systems GmbH, a German company, sells machine tools.',
      'Orlov Systems GmbH sold spare parts in Belarus.',
      'Orlov Systems GmbH did not export chips.',
    ]) {
      const out = extractText(`Pemberly Trading Ltd shipped chips to Varkonia. ${second}`);
      expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia');
      expectNoRel(out, 'SHIPPED_TO', 'Orlov Systems GmbH', 'Varkonia');
    }
    const apart = extractText('Pemberly Trading Ltd shipped chips to Varkonia.\n\nOrlov Systems GmbH has also exported machine tools.');
    expectNoRel(apart, 'SHIPPED_TO', 'Orlov Systems GmbH', 'Varkonia');
  });
});

describe('discourse: the last holder of goods named again', () => {
  it('lets "the processors were trucked to B" go on from the firm that held them in the sentence before', () => {
    const out = extractText('Velmor Trade shipped the processors to Almaty, where the Kazakh firm Qinto Logistics cleared them through customs. From there, the processors were trucked to Russia and delivered to Sarvek Systems, a maker of radar parts.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Logistics', 'Sarvek Systems');
  });

  it('gives no supplier from an earlier sentence to new goods or to goods with an owner of their own', () => {
    for (const second of ['In June, lathes were shipped to Sarvek Systems.', "Orlov Machinery's bearings were routed through Turkey to Sarvek Systems."]) {
      const out = extractText(`Qinto Logistics has close ties to the government. ${second}`);
      expectNoRel(out, 'SHIPPED_TO', 'Qinto Logistics', 'Sarvek Systems');
    }
  });
});

describe('discourse: goods followed to a place named as their destination', () => {
  it('reads "... were re-exported to B, where they were delivered to C" as the holder\'s delivery to C', () => {
    const out = extractText('Steppe Trading imported 48 lathes from Germany in 2023. Within weeks, the machines were re-exported to Russia, where they were delivered to the Kovrov Mechanical Plant, a producer of small arms.');
    expectRel(out, 'SHIPPED_TO', 'Steppe Trading', 'Russia');
    expect(expectRel(out, 'SHIPPED_TO', 'Steppe Trading', 'Kovrov Mechanical Plant').rule).toBe('frame:supply/passive');
  });

  it('reaches into the next paragraph only for an example: "... ended up in B. ¶ In particular, A sent G"', () => {
    const text = 'Chips officially bound for Armenia were shipped to Belarus instead, reporters found.\n\n';
    expectRel(extractText(text + 'In particular, the transport company Halvern Group allegedly sent microchips.'), 'SHIPPED_TO', 'Halvern Group', 'Belarus');
    expectNoRel(extractText(text + 'Halvern Group sent microchips last year.'), 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });
});
