/**
 * A route told of a person whose own firm made the shipment: "A used his company, F, to ship G to B. ... He routed the
 * goods through K" is F's shipment going through K to B, even past a sentence on other shipments. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const CASE = 'Martin Varno, a citizen of Laos, was charged in June. Prosecutors allege that Varno used his company, Brask Logistics LLC, to organise the export of engines to Mongolian businesses.';

describe("grammar: the route of a person's own firm's shipment", () => {
  it('reads "He routed the engines through third countries, including K and L" as the firm\'s route to the buyer', () => {
    const out = extractText(`${CASE} The rules require licences for the shipment of goods to Mongolia. He allegedly routed the engines through third countries, including Laos and Vietnam, before they went on.`);
    for (const k of ['Laos', 'Vietnam']) {
      expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics LLC', k).rule).toBe('frame:supply/active+to-via');
      expect(expectRel(out, 'SHIPPED_TO', k, 'Mongolia').rule).toBe('frame:supply/active+route-of-last');
      expectNoRel(out, 'SHIPPED_TO', 'Martin Varno', k);
    }
  });

  it('keeps the person as the shipper of his own trade: "He also sold his own rifles through Vietnam"', () => {
    const out = extractText(`${CASE} He also sold his own rifles through Vietnam.`);
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics LLC', 'Vietnam');
  });

  it('reaches back a few sentences only: a route told long after is the person\'s own', () => {
    const filler = ' The hearing was set for June. The court sat in Laos. The judge asked for papers. The lawyers agreed. The press waited. The case was adjourned. The weather was fine.';
    const out = extractText(`${CASE}${filler} Martin Varno later routed lathes through Vietnam.`);
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics LLC', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Vietnam');
  });

  it('keeps the person as the shipper when no firm of theirs has shipped anything', () => {
    const out = extractText('Martin Varno, a citizen of Laos, was charged in June. He allegedly routed the engines through Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Vietnam').rule).toBe('frame:supply/active+to-via');
  });
});
