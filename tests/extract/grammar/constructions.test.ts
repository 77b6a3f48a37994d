/**
 * Constructions added from the real-text dev errors, each shown with sentences written for the test (invented
 * names): reduced passives after goods and measures, associates beside a named conjunct, relative clauses on
 * traders, nominal supply under a governing clause, copular roles, asides inside the object, and the guards.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: constructions read from real reporting', () => {
  it('reads a reduced passive after a goods or sanctions phrase: "sanctions imposed on A by B", "UAVs shipped from A to B"', () => {
    const out = extractText([
      'Front companies are used to circumvent sanctions imposed on Varkonia by the United States.',
      'The plant assembles UAVs shipped from Iran to Pemberly Trading.',
    ].join(' '));
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Varkonia').rule).toBe('frame:impose/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Iran', 'Pemberly Trading').rule).toBe('frame:supply/passive');
    // A capitalised goods word is not a trader.
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(1);
  });

  it('keeps an active verb after a trader phrase: "Chinese firms shipped to Russia ..."', () => {
    const out = extractText('Chinese firms shipped to Russia more than 500 drones last year.');
    expectRel(out, 'SHIPPED_TO', 'China', 'Russia');
  });

  it('reads "instated"/"adopted" sanctions and lets "A and its allies" stand for A', () => {
    const out = extractText('The United States and its allies instated a tranche of sanctions on Russia after the invasion.');
    expectRel(out, 'SANCTIONED', 'United States', 'Russia');
  });

  it('reads a relative clause on "A and several other companies that supplied ..."', () => {
    const out = extractText('Pemberly Trading and several other companies that have supplied drone components to Varkon Drones were named in the report.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Drones').rule).toBe('frame:supply/active');
  });

  it('does not let a country sanctioned as a whole become the body behind "the latest sanctions"', () => {
    const out = extractText([
      'The Treasury Department imposed sanctions on a network of drone suppliers.',
      'The United States and its allies imposed a tranche of sanctions on Russia after the invasion.',
      'The latest sanctions target Halvern Tech and its director Osric Vale.',
    ].join(' '));
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Halvern Tech');
  });
});
