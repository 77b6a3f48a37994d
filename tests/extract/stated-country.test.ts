/** Entities get the country the text gives them: a demonym in an apposition, "based in <city>", "<city>-based". */
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../server/extract/index.js';

const countries = (text: string) => Object.fromEntries(extractArticles([{ id: 'a', title: 't', text }]).entities
  .filter((e) => e.kind === 'company').map((e) => [e.name, e.country ?? null]));

describe('the country an article gives an entity', () => {
  it('reads a demonym in an apposition: "X, a Chinese manufacturer", "Y, a Russian distributor"', () => {
    expect(countries('Shenzhen Lixin Electronics, a Chinese manufacturer, shipped drone motors to Tekhnoplast LLC, a Russian distributor, in 2023.'))
      .toEqual({ 'Shenzhen Lixin Electronics': 'CN', 'Tekhnoplast LLC': 'RU' });
  });

  it('reads "based in <city>" after the name, for that name alone', () => {
    expect(countries('Asia Trade Hub, based in Bishkek, resold the parts to Orion Systems.'))
      .toEqual({ 'Asia Trade Hub': 'KG', 'Orion Systems': null });
    expect(countries('Zeta Parts sold chips to Omega Systems, based in Almaty.'))
      .toEqual({ 'Zeta Parts': null, 'Omega Systems': 'KZ' });
  });

  it('reads "<city>-based" before the name', () => {
    expect(countries('Zhongke Avionics sold cameras to Moscow-based Kvant Group.')).toMatchObject({ 'Kvant Group': 'RU' });
  });
});
