/**
 * Export-enforcement reports, shown with sentences written for the test (invented names): temporary denial orders go
 * by their abbreviation ("issued TDOs on A and B", "the three TDOs"), which names nothing and is a measure on the
 * names after "on"; a count before a capitalised plural noun for firms ("three Vietnamese Airlines – A, B and C –",
 * "two Thai Banks, A and B") describes the names after it and names no firm of its own.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

describe('relations: denial orders and counted groups', () => {
  it('reads "issued TDOs on A and B" as the body\'s measure on both, and "TDOs" as no name', () => {
    const out = extractText('In 2023 the Laotian trade ministry issued TDOs on major Vietnamese airlines Kestra Air and Vestrik Air. The three TDOs last 180 days.');
    expectRel(out, 'SANCTIONED', 'Laotian trade ministry', 'Kestra Air');
    expectRel(out, 'SANCTIONED', 'Laotian trade ministry', 'Vestrik Air');
    expect(entity(out, 'TDOs')).toBeUndefined();
    expect(out.entities.some((e) => e.name.includes('TDO'))).toBe(false);
    const named = extractText('The three Laotian ministry TDOs were issued in May. The three LTM TDOs last 180 days.');
    expect(named.entities.some((e) => e.name.includes('TDO'))).toBe(false);
  });

  it('takes a counted capitalised plural for the description of the names after it', () => {
    const out = extractText('The Laotian trade ministry denied the export privileges of three Vietnamese Airlines – Halvern Air, Dorin Air, and Varno Air – over violations.');
    expect(entity(out, 'Vietnamese Airlines')).toBeUndefined();
    for (const name of ['Halvern Air', 'Dorin Air', 'Varno Air']) expectRel(out, 'SANCTIONED', 'Laotian trade ministry', name);
    const banks = extractText('Laos sanctioned two Thai Banks, Kestra Bank and Vestrik Bank, and two Vietnamese Shipping Companies.');
    expect(entity(banks, 'Banks')).toBeUndefined();
    expect(entity(banks, 'Shipping Companies')).toBeUndefined();
  });

  it('takes a year or a day before such a name for no count, nor a count of what the name modifies', () => {
    for (const text of ['In 2021 Mekong Airlines bought twelve engines from the Halvern Group.', 'On May 5 Mekong Airlines bought twelve engines from the Halvern Group.']) {
      expectRel(extractText(text), 'SHIPPED_TO', 'Halvern Group', 'Mekong Airlines');
    }
    expect(entity(extractText('The Halvern Group sold 12 Mekong Airlines jets to Laos.'), 'Mekong Airlines')?.kind).toBe('company');
    expectRel(extractText('On 5 May Mekong Airlines bought twelve engines from the Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Mekong Airlines');
  });

  it('keeps a name that only looks like such a plural where no count opens it', () => {
    const out = extractText('Lao Airlines is a carrier that flies to Hanoi. Three Lao Airlines pilots were fined, and Laos sanctioned Thai Airways.');
    expect(entity(out, 'Lao Airlines')?.kind).toBe('company');
    expect(entity(out, 'Thai Airways')?.kind).toBe('company');
    expect(entity(extractText('Laos sanctioned two Halvern Group executives in May.'), 'Halvern Group')?.kind).toBe('company');
  });
});
