/**
 * Sanctions reports that list each body's targets under a heading of their own, shown with sentences written for the
 * test (invented names): "Newly sanctioned by Laos:" announces the items below it as Laos's targets, until the next
 * heading names another body; an item "Two navy officers, A and B" gives its names after the counted description.
 * A sentence's own list goes on past a counted group's names to a second group: "three individuals—A, B and C—and two
 * entities, including D and E". The names "namely" gives after a plural subject ("The leaders of these firms, namely A and
 * B, have been put on the sanctions list") are the subject; a list that "encompasses" names includes them.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const REPORT = [
  'Laos and Thailand have imposed new sanctions on people and firms accused of arming the Vestrik navy.',
  'Newly sanctioned by Laos:',
  '- Martin Varno, head of the Vestrik navy',
  '- Halvern Group, a trader owned by Tomas Varno',
  'Newly sanctioned in Thailand:',
  '- Brask Logistics',
  '- Two navy officers, Irina Olskaya and Vera Kestrova',
].join('\n\n');

describe('relations: sanctions listed under a heading per body', () => {
  it('gives each heading\'s body the items below it, and no other body\'s', () => {
    const out = extractText(REPORT);
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
  });

  it('reads "Designated in" and "Blacklisted in" as the body\'s headings too', () => {
    for (const head of ['Designated in Laos:', 'Blacklisted in Laos:']) {
      const out = extractText([head, '- Brask Logistics', '- Orvel Trading'].join('\n\n'));
      expectRel(out, 'SANCTIONED', 'Laos', 'Orvel Trading');
    }
  });

  it('reads the names after a counted description in an item', () => {
    const out = extractText(REPORT);
    expectRel(out, 'SANCTIONED', 'Thailand', 'Irina Olskaya');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Vera Kestrova');
  });

  it('takes no heading that only speaks of sanctions, gives no body that can impose them, or ends without a colon', () => {
    const lines = (head: string) => [head, '- Brask Logistics', '- Orvel Trading'].join('\n\n');
    for (const head of ['Sanctions welcomed by Laos:', 'Newly sanctioned in recent weeks:', 'Sanctioned by Laos and others, the firms said:',
      'Newly listed by Vestrik Bank:', 'Also designated by Laos.', 'Listed in Laos:']) {
      const out = extractText(lines(head));
      expect(out.relations.filter((r) => r.type === 'SANCTIONED'), head).toEqual([]);
    }
  });

  it('reads a second counted group joined after the names of the first', () => {
    for (const text of [
      'Laos joined in, sanctioning three individuals—Martin Varno, Tomas Varno and Irina Olskaya—and two entities, including Halvern Group and Brask Logistics, for their role in supplying arms.',
      'Laos sanctioned two individuals, Martin Varno and Tomas Varno, and two entities, Halvern Group and Brask Logistics.',
    ]) {
      const out = extractText(text);
      for (const target of ['Martin Varno', 'Tomas Varno', 'Halvern Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Laos', target);
    }
  });

  it('reads the names "namely" gives after a plural subject as the subject of the list it is put on', () => {
    const out = extractText(
      'Several firms from Laos have been targeted by Thai sanctions.\n\nThe leaders of these entities, namely Martin Varno, Tomas Varno, and Irina Olskaya, have also been put on the sanctions list.',
    );
    for (const target of ['Martin Varno', 'Tomas Varno', 'Irina Olskaya']) expectRel(out, 'SANCTIONED', 'Thailand', target);
  });

  it('reads a sanctions list that "encompasses" a name as one that includes it', () => {
    const out = extractText('Thailand sanctioned Halvern Group. Additionally, the sanctions list encompasses Brask Logistics and Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });
});
