/**
 * Names of firms and bodies registered in Spanish, Portuguese, Italian or French, shown with sentences written for
 * the test (invented names): the name goes on past its particles ("de", "del") and its "y" when a Romance head opens
 * it ("Consorcio ...", "Empresa ..."), and a short form made of the openings of its words ("Emtranor") is its alias.
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from './helpers.js';

const LONG = 'Consorcio Laosiano de Industrias Navales y Servicios Portuarios';

describe('entities: names in Romance languages', () => {
  it('keeps a name opened by a Romance head whole past "de" and "y", with its short form', () => {
    const out = extractText(`The ship belongs to Navilaos, a subsidiary of ${LONG} (Conlaservi), sanctioned by Thailand.`);
    expect(entity(out, LONG)?.aliases ?? []).toContain('Conlaservi');
    expectRel(out, 'SANCTIONED', 'Thailand', LONG);
    expectRel(out, 'SUBSIDIARY_OF', 'Navilaos', LONG);
    expect(entity(out, 'Servicios Portuarios')).toBeUndefined();
  });

  it('keeps "del" inside such a name and reads the short form made of its words\' openings', () => {
    const out = extractText('The freighter of the firm Empresa de Transporte Maritimo del Norte (Emtranor), a subsidiary of Orvel Trading, has left.');
    expect(entity(out, 'Empresa de Transporte Maritimo del Norte')?.aliases ?? []).toContain('Emtranor');
    expectRel(out, 'SUBSIDIARY_OF', 'Empresa de Transporte Maritimo del Norte', 'Orvel Trading');
  });

  it('joins no names by "y" without a particle before it, nor by particles after a head of another language', () => {
    const out = extractText('Grupo Vestrik y Orvel Trading shipped drones to Laos.');
    expect(entity(out, 'Grupo Vestrik y Orvel Trading')).toBeUndefined();
    expect(entity(extractText('Halvern Group de Laos shipped drones to Thailand.'), 'Halvern Group de Laos')).toBeUndefined();
  });

  it('reads no short form whose openings do not start with the name\'s first word: "Tramano"', () => {
    const out = extractText('Empresa de Transporte Maritimo del Norte (Tramano) sold two ships to Laos.');
    expect(entity(out, 'Empresa de Transporte Maritimo del Norte')?.aliases ?? []).not.toContain('Tramano');
  });
});
