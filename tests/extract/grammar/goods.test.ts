/** Goods read from the construction, not a closed list: goods outside the known list in the discourse rules. */
import { describe, expect, it } from 'vitest';
import { goodsHead, knownGoods, movedGoods, notGoods } from '../../../server/extract/grammar/goods.js';
import { readClauses } from '../../../server/extract/grammar/clauses.js';
import { expectNoRel, expectRel, extractText } from '../helpers.js';
import { grammarOf } from './grammar-of.js';

/** The head noun a snippet's first transfer clause moves as goods, or null. */
function moved(text: string): string | null {
  const g = grammarOf(text);
  for (const s of g.an.sentences) {
    for (const cl of readClauses(g, s)) {
      const c = movedGoods(cl, g.an.tokens);
      if (c) return c.noun;
    }
  }
  return null;
}

describe('goods: the word classes', () => {
  it('keeps the known goods and excludes money, paperwork, people, organisations and measures', () => {
    expect(knownGoods('drones')).toBe(true);
    expect(knownGoods('pumps')).toBe(false);
    // (The mention layer's list counts too: "quadcopters" is only there.)
    expect(knownGoods('quadcopters')).toBe(true);
    for (const w of ['payment', 'orders', 'funding', 'contract', 'license', 'officials', 'engineers', 'company', 'subsidiary', 'tons', 'sanctions']) {
      expect(notGoods(w), w).toBe(true);
    }
    for (const w of ['pumps', 'valves', 'lathes', 'cameras', 'gearboxes']) expect(notGoods(w), w).toBe(false);
  });
});

describe('goods: what a transfer clause moves', () => {
  it('reads the object, the "with" phrase and the passive subject of a transfer verb as goods', () => {
    expect(moved('Halvern Tech shipped industrial pumps to Sarvek Systems.')).toBe('pumps');
    expect(moved('Halvern Tech supplied Sarvek Systems with valves.')).toBe('valves');
    expect(moved('The hydraulic presses were delivered to Sarvek Systems.')).toBe('presses');
    expect(moved('Sarvek Systems bought gearboxes from Halvern Tech.')).toBe('gearboxes');
  });

  it('reads no goods in money, paperwork, people, names or a verb that moves nothing', () => {
    expect(moved('Sarvek Systems received a payment from Halvern Tech.')).toBeNull();
    expect(moved('Halvern Tech sent officials to Sarvek Systems.')).toBeNull();
    expect(moved('Halvern Tech sent the contract to Sarvek Systems.')).toBeNull();
    expect(moved('Sarvek Systems received an order from Halvern Tech.')).toBeNull();
    expect(moved('Halvern Tech repaired pumps for Sarvek Systems.')).toBeNull();
  });

  it('takes no named party or pronoun for goods', () => {
    const g = grammarOf('Halvern Tech supplied Sarvek Systems.');
    const [cl] = readClauses(g, g.an.sentences[0]);
    expect(cl.obj && goodsHead(cl.obj, g.an.tokens)).toBe(false);
  });
});

describe('discourse: goods outside the known list named again', () => {
  it('sends pumps named again from where the last flow left them', () => {
    const out = extractText('Last year Halvern Tech sent some 300 pumps to Belarus through the Latvian company Velmor Trade. Auditors say the pumps were received by Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/passive');
  });

  it('reads the goods of a transfer that names its destination first: "A sent to X some pumps through K. The pumps were received by B"', () => {
    const out = extractText('Last year Halvern Tech sent to Belarus some 300 pumps through the Latvian company Velmor Trade. Auditors say the pumps were received by Sarvek Systems.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:acquire/passive');
  });

  it('keeps a country recipient\'s supplier as the owner of valves shipped on', () => {
    const out = extractText('Halvern Tech supplied Belarus with valves. The Daily Ledger broke the story. The valves were shipped to the Belarusian firm Sarvek Systems through the Latvian trader Velmor Trade last year.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Velmor Trade');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('sends goods of an export named again to the export\'s destination: "the export of gearboxes to B ... part of the gearboxes were sold by A"', () => {
    const out = extractText('The export of gearboxes to Sarvek Systems rose in 2023. Part of the gearboxes were sold by Halvern Tech through Velmor Trade.');
    expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });

  it('reads the makers in a list announced as "Among the air compressors shipped were:"', () => {
    const out = extractText([
      'Auditors say Sarvek Systems received many deliveries of air compressors arranged by a Latvian trading company, Velmor Trade.',
      'Among the air compressors shipped were:',
      '- Qinto Optics T5 units',
      '- Dravo Labs\' H2 compressor head',
    ].join('\n'));
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:supply/goods-list-makers');
    expectRel(out, 'SHIPPED_TO', 'Dravo Labs', 'Velmor Trade');
  });

  it('reads an origin statement about goods an earlier transfer moved: "A imported pumps. The pumps came from K. They were routed through C to B"', () => {
    const out = extractText('Sarvek Systems imported pumps from Belarus. The pumps came from Qinto Power. They were routed through Velmor Trade LLP, a Latvian wholesaler, and delivered to Sarvek Systems.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Power', 'Velmor Trade LLP');
  });
});

describe('discourse: goods a transfer moved, named again in transit', () => {
  it('reads "A sold pumps to K. ... the pumps passed through X into Y" as transit; not for people', () => {
    const out = extractText('Halvern Tech sold pumps to Velmor Trade last spring. Auditors say the pumps passed through Kazakhstan into Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kazakhstan', 'Russia').rule).toBe('frame:transit/active+via-only');
    expectNoRel(extractText('Halvern Tech sold pumps to Velmor Trade last spring. Auditors say the engineers passed through Kazakhstan into Russia.'), 'SHIPPED_TO', 'Kazakhstan', 'Russia');
  });
});

describe('frames: goods named with their maker as possessor', () => {
  it('reads "A\'s quadcopters reached B" (a word of the mention layer\'s goods list)', () => {
    expect(expectRel(extractText('Auditors say Halvern Tech\'s quadcopters reached Sarvek Systems in 2023.'), 'SHIPPED_TO', 'Halvern Tech', 'Sarvek Systems').rule).toBe('frame:arrive/active');
  });
});

describe('discourse: what is not goods does not carry a flow on', () => {
  it('sends no payments, officials or contracts on to the destination of the last flow', () => {
    for (const what of ['payments', 'officials', 'contracts']) {
      const out = extractText(`The export of gearboxes to Sarvek Systems rose in 2023. Part of the ${what} were sold by Halvern Tech through Velmor Trade.`);
      expectNoRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
    }
  });

  it('takes no payment or officials received for goods that leave from the last flow\'s holder', () => {
    for (const what of ['payments', 'officials']) {
      const out = extractText(`Last year Halvern Tech sent some 300 pumps to Belarus through the Latvian company Velmor Trade. Auditors say the ${what} were received by Sarvek Systems.`);
      expect(out.relations.filter((r) => r.rule === 'frame:acquire/passive'), what).toHaveLength(0);
    }
  });

  it('announces no goods list with a payment or an order', () => {
    for (const what of ['payments', 'orders']) {
      const out = extractText([
        'Auditors say Sarvek Systems received many deliveries of valves arranged by a Latvian trading company, Velmor Trade.',
        `Among the ${what} sent were:`,
        '- Qinto Optics T5 units',
      ].join('\n'));
      // (An older rule reads any bare line after a flow as its continuation; the goods list itself stays closed.)
      expect(out.relations.filter((r) => r.rule === 'frame:supply/goods-list-makers'), what).toHaveLength(0);
    }
  });

  it('reads no goods named again that no transfer moved and no list knows', () => {
    const out = extractText('The export of gearboxes to Sarvek Systems rose in 2023. Part of the pumps were sold by Halvern Tech through Velmor Trade.');
    expectNoRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems');
  });
});

describe('clauses: a reduced passive after goods outside the known list', () => {
  it('reads "pumps shipped from A were resold to B" and "gearboxes made by A were bought by B"', () => {
    expect(expectRel(extractText('Auditors say industrial pumps shipped from Halvern Tech were resold to Sarvek Systems.'), 'SHIPPED_TO', 'Halvern Tech', 'Sarvek Systems').rule)
      .toBe('frame:supply/passive');
    expect(expectRel(extractText('Auditors say gearboxes made by Halvern Tech were bought by Sarvek Systems in 2023.'), 'SHIPPED_TO', 'Halvern Tech', 'Sarvek Systems').rule)
      .toBe('frame:acquire/passive');
  });

  it('does not for people or a measure: "engineers sent by A were received by B"', () => {
    const out = extractText('Auditors say the engineers sent by Halvern Tech were received by Sarvek Systems in 2023.');
    expect(out.relations.filter((r) => r.rule?.startsWith('frame:'))).toHaveLength(0);
    const g = grammarOf('Exporters sold pumps last year, with the last batch shipped in February.');
    const ship = readClauses(g, g.an.sentences[0]).find((cl) => cl.lemma === 'ship');
    expect(ship?.voice).not.toBe('passive');
  });
});
