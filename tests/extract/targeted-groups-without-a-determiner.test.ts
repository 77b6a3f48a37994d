/**
 * "Targeted firms include A and B", "Sanctioned entities are C and D": a plural group marked as targets with no
 * determiner names the targets of the body on record, as "The targeted firms include ..." does. Sentences written for
 * the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a targeted group with no determiner', () => {
  it('names the targets of the body on record', () => {
    const out = extractText('Laos imposed trade restrictions on Vietnam-based companies. Targeted firms include Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectRel(extractText('Laos sanctioned ten companies on Monday. Sanctioned firms are Tessaly Optics and Orvel Trading.'), 'SANCTIONED', 'Laos', 'Orvel Trading');
  });

  it('does not read a listing of another kind so', () => {
    expectNoRel(extractText('Laos sanctioned ten companies on Monday. Listed firms include Halvern Group and Brask Logistics.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('reads "targeted" and "designated" so only right after the body\'s sentence, "sanctioned" with a closing speaker too', () => {
    const hack = extractText('Hackers attacked 30 companies last month. Targeted firms include Halvern Group and Brask Logistics, Laos said.');
    expectNoRel(hack, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(extractText('Laos sanctioned Orvel Trading on Monday. Targeted firms in the hacking campaign include Halvern Group.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(extractText('Designated firms include Halvern Group, which will build the port, Laos said.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(extractText('Sanctioned firms include Halvern Group and Brask Logistics, Laos said.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});
