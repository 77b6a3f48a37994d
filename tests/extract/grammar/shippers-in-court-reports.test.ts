/**
 * How court reports name shippers: a couple sharing a family name ("Oleg and Irina Brask"), a finding raised over a
 * time phrase ("was last month found to have shipped G to B"), the tagger's adjective "smuggled" after a name, and the
 * shipper's own firm the goods left from ("from their company C"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: shippers named in court reports', () => {
  it('reads "Oleg and Irina Brask" as two people of one family', () => {
    const out = extractText('Oleg and Irina Brask were found to have smuggled aircraft parts to Navid Tessar.');
    expect(entity(out, 'Oleg Brask')?.kind).toBe('person');
    expect(entity(out, 'Irina Brask')?.kind).toBe('person');
    expectRel(out, 'SHIPPED_TO', 'Oleg Brask', 'Navid Tessar');
    // (Not a place before the joined name, nor a list's last item.)
    expect(entity(extractText('Reporting by Irina Olskaya in Vinton and Bertrand Olskiy in Ulaanbaatar.'), 'Vinton Olskiy')).toBeUndefined();
    for (const first of ['Laos', 'KVX', 'Customs']) {
      expect(entity(extractText(`${first} and Oleg Brask signed the contract.`), `${first} Brask`), first).toBeUndefined();
    }
    expect(entity(extractText('Halvern Group, Kestrova and Oleg Brask signed the contract.'), 'Kestrova Brask')).toBeUndefined();
    // (Nor a name the article uses on its own elsewhere.)
    expect(entity(extractText('Kestrova and Oleg Brask signed the contract. Kestrova later sold drones to Laos.'), 'Kestrova Brask')).toBeUndefined();
  });

  it('reads a finding raised over "last year": "A was last year found to have shipped G to B"', () => {
    expect(expectRel(extractText('Oleg Brask was last year found to have shipped aircraft parts to Navid Tessar.'), 'SHIPPED_TO', 'Oleg Brask', 'Navid Tessar').rule)
      .toBe('frame:supply/active');
    expectRel(extractText('Oleg Brask was found to have shipped aircraft parts to Navid Tessar.'), 'SHIPPED_TO', 'Oleg Brask', 'Navid Tessar');
    expectRel(extractText('Halvern Group was last month accused of shipping drones to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group has this month shipped drones to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads "smuggled" after a name as the verb, whatever the tagger says, before a participle too', () => {
    expectRel(extractText('Oleg Brask smuggled aircraft parts to Navid Tessar.'), 'SHIPPED_TO', 'Oleg Brask', 'Navid Tessar');
    expectRel(extractText('Oleg Brask is said to have smuggled restricted radar parts to Navid Tessar.'), 'SHIPPED_TO', 'Oleg Brask', 'Navid Tessar');
    // (After a nation's adjective it describes the goods: "Laotian smuggled goods".)
    expectRel(extractText('Laotian smuggled goods went to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads "from their company C": the shipper\'s own firm shipped the goods too', () => {
    const out = extractText('Oleg Brask smuggled aircraft parts to Navid Tessar from his company Halvern Group.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Navid Tessar').rule).toBe('frame:supply/active+own-firm');
    // (Not a firm named without "his company": a source the shipper bought from.)
    expectNoRel(extractText('Oleg Brask smuggled aircraft parts to Navid Tessar from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Navid Tessar');
  });
});
