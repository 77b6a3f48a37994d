import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../server/extract/clean.js';
import { findMentions } from '../../server/extract/mentions.js';
import { analyse } from '../../server/extract/sentences.js';
import { entity, expectNoRel, expectRel, extractText, kindsOf } from './helpers.js';

const mentionsOf = (text: string) => findMentions(analyse(cleanArticle(text)));

describe('mentions: countries from the world-countries data', () => {
  it('finds names, demonyms, capitals and abbreviations with their ISO codes', () => {
    const ms = mentionsOf('Moscow bought Chinese chips via the United Arab Emirates and the U.S. warned Türkiye and Turkey.');
    expect(ms.filter((m) => m.kind === 'country').map((m) => [m.surface, m.country, m.form])).toEqual([
      ['Moscow', 'RU', 'capital'], ['Chinese', 'CN', 'demonym'], ['United Arab Emirates', 'AE', 'name'],
      ['U.S.', 'US', 'name'], ['Türkiye', 'TR', 'name'], ['Turkey', 'TR', 'name'],
    ]);
  });

  it('does not read the pronoun "us" or sentence words as countries', () => {
    expect(mentionsOf('He told us that Georgia sold nothing.').map((m) => m.surface)).toEqual(['Georgia']);
  });
});

describe('mentions: kinds from the shape of a name', () => {
  it.each([
    ['Orion Vega Electronics Co., Ltd shipped parts.', 'Orion Vega Electronics Co., Ltd', 'company'],
    ['They called Batyr Holding on Friday.', 'Batyr Holding', 'company'],
    ['The Ministry of Defence of Georgia said so.', 'Ministry of Defence of Georgia', 'government'],
    ['The Armenian Foreign Ministry said so.', 'Armenian Foreign Ministry', 'government'],
    ['An official of the US FBI said so.', 'US FBI', 'government'],
    ['Experts at the Institute for Security Studies agree.', 'Institute for Security Studies', 'organization'],
    ['It was first reported by The Baltic Times on Monday.', 'Baltic Times', 'media'],
    ['Defence Minister Rustam Umerov visited.', 'Rustam Umerov', 'person'],
    ['Units flew the Orlan-10 drone.', 'Orlan-10', 'product'],
  ])('%s', (text, surface, kind) => {
    expect(kindsOf(text).get(surface)).toBe(kind);
  });

  it('records a government body\'s country from a possessive', () => {
    const m = mentionsOf("Kazakhstan's Ministry of Trade and Integration said it was checking.").find((x) => x.kind === 'government')!;
    expect([m.surface, m.country, m.body]).toEqual(["Kazakhstan's Ministry of Trade and Integration", 'KZ', 'ministry of trade and integration']);
  });

  it('splits makers from model codes and keeps hyphenated codes whole', () => {
    const k = kindsOf("Among the drones were Zenit Aero's ZA-7 VTOL drone and CQ-B rifles made by Tula Arms Models T100 & T200.");
    expect(k.get('Zenit Aero')).toBe('company');
    expect(k.get('ZA-7')).toBe('product');
    expect(k.get('CQ-B')).toBe('product');
    expect(k.get('T100')).toBe('product');
    expect(k.get('T200')).toBe('product');
  });
});

describe('mentions: kinds from context', () => {
  it.each([
    ['The shipment went to the Serbian company Kovacevic, the data show.', 'Kovacevic', 'company'],
    ['Goods were ordered by a firm called Lotus Bright, records show.', 'Lotus Bright', 'company'],
    ['It was handled by a logistics company, Sarkor, based in Tashkent.', 'Sarkor', 'company'],
    ['Parts went to Norvex, a company linked to the army.', 'Norvex', 'company'],
    ['Laos paid with profits from Halvetpetro, a joint oil venture in Mongolia.', 'Halvetpetro', 'company'],
    ['Meduza reported that the shipments continued.', 'Meduza', 'media'],
    ['The documents were obtained by Vazhnye Istorii last year.', 'Vazhnye Istorii', 'media'],
    ['"It is a loophole," said Tomas Novak, who studies trade.', 'Tomas Novak', 'person'],
    ['Karin Lund, an analyst at a Swedish bank, disagreed.', 'Karin Lund', 'person'],
    ['The ministry spokesman Li Qiang declined to comment.', 'Li Qiang', 'person'],
    ['The firm is under EU sanctions.', 'EU', 'government'],
    ['Its director is Anton Belyaev; the shop is closed.', 'Anton Belyaev', 'person'],
    ['The boards went to OOO "Vektor-Snab" in Tula.', 'Vektor-Snab', 'company'],
    ['The National Security and Defense Council met on Monday.', 'National Security and Defense Council', 'government'],
    ["Crates were flown to Laos's Technical Studies and Research Centre last spring.", 'Technical Studies and Research Centre', 'organization'],
    ['The Chinese foreign ministry said it was not aware of it.', 'Chinese foreign ministry', 'government'],
    ["Kazakhstan's trade ministry found no violations.", "Kazakhstan's trade ministry", 'government'],
    ['Parts went through Marmara Makina Dis Ticaret A.S. last year.', 'Marmara Makina Dis Ticaret A.S.', 'company'],
    ['Parts went through Dunav Tehnika d.o.o. last year.', 'Dunav Tehnika d.o.o.', 'company'],
    ['The plant AO «Zenit Optika» assembles them.', 'Zenit Optika', 'company'],
    ['Its sole director is a Ningbo resident named Zhou Minghao.', 'Zhou Minghao', 'person'],
    ['Its founder, 29-year-old Daulet Ermekov, runs a car wash.', 'Daulet Ermekov', 'person'],
    ['The company was registered by Oleg Smirnov, 41, in March.', 'Oleg Smirnov', 'person'],
    ['Marat Ismailov (Ismailov) is the founder of the trading house.', 'Marat Ismailov', 'person'],
    ['Wei Zhiqiang (Wei), a PRC national, signed the contracts.', 'Wei Zhiqiang', 'person'],
    ["Rakesh Menon, Gulf Meridian's managing director, said so.", 'Rakesh Menon', 'person'],
  ])('%s', (text, surface, kind) => {
    expect(kindsOf(text).get(surface)).toBe(kind);
  });

  it('leaves names nothing vouches for unclassified, and reads headline capitals as no evidence', () => {
    const k = kindsOf('Chinese Experts Linked To Russian Drone Program\n\nDeliveries took place in June. Officials met Bright Horizon today.');
    expect(k.has('Experts')).toBe(false);
    expect(k.has('Deliveries')).toBe(false);
    expect(k.get('Bright Horizon')).toBeNull();
  });

  it('sees that a place before an actor noun is a location, not a company', () => {
    const k = kindsOf('A little-known Istanbul electronics distributor, Marmara Devre, shipped parts. The Shenzhen-based firm Lumo Tech agreed.');
    expect(k.get('Istanbul')).toBeNull();
    expect(k.get('Marmara Devre')).toBe('company');
    expect(k.get('Shenzhen')).toBeNull();
  });

  it('reads a landform\'s name as a place, after "the" or a possessive alike: "Ostland\'s Dreva Peninsula"', () => {
    const out = extractText('Velkor Trading shipped cranes to the Korvan Peninsula in May. Tarsin annexed Ostland\'s Dreva Peninsula.');
    expect(entity(out, 'Korvan Peninsula')).toBeUndefined();
    expect(entity(out, 'Dreva Peninsula')).toBeUndefined();
    expect(out.relations).toEqual([]);
  });

  it('reads the name in "a X man", "two X residents" as a place, and no party to what the man did', () => {
    const out = extractText('A Port Ravel man admitted to selling chips to Belarus. Two Dorvik residents were charged.');
    expect(entity(out, 'Port Ravel')?.kind).not.toBe('company');
    expect(entity(out, 'Dorvik')?.kind).not.toBe('company');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // A firm's staff: "a Velkor Systems engineer" says nothing of a place; the firm stays one.
    const staff = extractText('A Velkor Systems engineer said the firm shipped chips to Belarus.');
    expect(entity(staff, 'Velkor Systems')?.kind).toBe('company');
  });

  it('reads "the X military" and "X\'s military" after a country\'s name as the forces\' body, as after a demonym, with "junta" or "regime" after it', () => {
    const out = extractText('The Laos military junta bought rifles from Belarus. The Laos army imported trucks from Serbia.');
    expect(entity(out, 'Laos military junta')?.kind).toBe('government');
    expect(expectRel(out, 'SHIPPED_TO', 'Belarus', 'Laos military junta').rule).toBe('frame:acquire/active');
    // (In the possessive too: annotators of real reporting read "Laos's military" as the forces, a buyer of its own.)
    const possessed = extractText('Laos\'s military regime bought rifles from Belarus.');
    expect(entity(possessed, 'Laos\'s military regime')?.kind).toBe('government');
    expectRel(possessed, 'SHIPPED_TO', 'Belarus', 'Laos\'s military regime');
    expectNoRel(possessed, 'SHIPPED_TO', 'Belarus', 'Laos');
  });

  it('reads "the X company" as a firm\'s own name where X is no town, region or place-shaped word, else as where it is', () => {
    const out = extractText('Later the goods were supplied to the Kestrova company, which was sanctioned for making rifles.');
    expect(entity(out, 'Kestrova')?.kind).toBe('company');
    // (A town of any size, a region, or a word shaped like a place's name says where the company is.)
    for (const text of ['The Schaffhausen company shipped drones to Laos.', 'The Texas firm shipped drones to Laos.', 'The Sverdlovsk company shipped drones to Laos.']) {
      expect(extractText(text).entities.map((e) => e.name)).toEqual(['Laos']);
    }
    // (A plant is named after its town: "the Kestrova plant" says where it is.)
    expect(entity(extractText('Later the goods were supplied to the Kestrova plant.'), 'Kestrova')).toBeUndefined();
  });

  it('reads a double-barrelled name as a person\'s, and a hyphenated firm\'s name as no person\'s', () => {
    expect(entity(extractText('White House spokeswoman Bertrand Jean-Olskiy confirmed that Laos received drones.'), 'Bertrand Jean-Olskiy')?.kind).toBe('person');
    expect(entity(extractText('Irina Olskaya-Brask confirmed the deal.'), 'Irina Olskaya-Brask')?.kind).toBe('person');
    // (One hyphenated word is a firm's or a place's, not a first and a last name: "Orvan-Komplekt".)
    expect(entity(extractText('Brask Logistics shipped drones to Orvan-Komplekt, the records show. Orvan-Komplekt said nothing.'), 'Orvan-Komplekt')?.kind).not.toBe('person');
  });

  it('reads no product in a nation\'s adjective split from a country before it: "supplied to Laos Mongolian electronics"', () => {
    const out = extractText('Brask Logistics supplied to Laos Mongolian electronics needed for the army.');
    expect(out.entities.filter((e) => e.kind === 'product')).toEqual([]);
    // (A brand before goods stays a product.)
    expect(entity(extractText('Kondor drones were sold to Laos.'), 'Kondor')?.kind).toBe('product');
  });

  it('reads "the Armed Forces of X" and "the X Armed Forces" as one body, a government\'s', () => {
    const out = extractText('Halvern Group supplied drones to the Armed Forces of Laos. The Mongolia Armed Forces bought radios from Brask Logistics.');
    expect(entity(out, 'Armed Forces of Laos')?.kind).toBe('government');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Armed Forces of Laos');
    expect(entity(out, 'Mongolia Armed Forces')?.kind).toBe('government');
  });

  it('records the stated country of a company', () => {
    const m = mentionsOf('Moscow imported vests from the Turkish company Ozkan Tekstil.').find((x) => x.surface === 'Ozkan Tekstil')!;
    expect(m.country).toBe('TR');
  });

  it('links an acronym in parentheses to the name before it', () => {
    const ms = mentionsOf('The Centre for Eurasian Studies (CES) published data.');
    const acr = ms.find((m) => m.surface === 'CES')!;
    expect(ms[acr.defines!].surface).toBe('Centre for Eurasian Studies');
  });
});
