import { describe, expect, it } from 'vitest';
import { slug } from '../../server/domain/names.js';
import { extractArticles } from '../../server/extract/index.js';
import { chooseName } from '../../server/extract/resolve.js';
import { entity, extractText, mustEntity } from './helpers.js';

describe('resolution within an article', () => {
  it('folds a legal form, a shorter form and a possessive into one entity', () => {
    const out = extractText(
      'The Kyrgyz company Tengri Tech Limited shipped drones to Russia. Tengri Tech said nothing. ' +
        "Later Tengri Tech's shipments went to Vympel Systems.",
    );
    const e = mustEntity(out, 'Tengri Tech');
    expect(out.entities.filter((x) => x.name.startsWith('Tengri'))).toHaveLength(1);
    expect([e.name, ...e.aliases]).toEqual(expect.arrayContaining(['Tengri Tech', 'Tengri Tech Limited']));
  });

  it('takes an acronym in parentheses as an alias, and the name used most as the name', () => {
    const out = extractText('Hangzhou Bright Star Technology Co. (HBS) sold drones to Russia. HBS denied it. HBS said it complied.');
    const e = mustEntity(out, 'HBS');
    expect(e.name).toBe('HBS');
    expect(e.aliases).toContain('Hangzhou Bright Star Technology Co.');
    expect(e.id).toBe(slug(e.name));
  });

  it('takes a short form defined in parentheses as the same entity, but not a place in parentheses', () => {
    const out = extractText(
      'Uzbekistan-based Marakand Tooling Solutions LLC (Marakand Tooling) bought lathes from Qinghe Heavy Spindle Co., Ltd. ' +
        '(PRC) and resold them to JSC Volga Rotor Systems (Volga Rotor). Marakand Tooling denied it. ' +
        'Fenghua Ceramic Works Co., Ltd. (PRC) supplied the rest.',
    );
    const marakand = mustEntity(out, 'Marakand Tooling');
    expect([marakand.name, ...marakand.aliases]).toEqual(expect.arrayContaining(['Marakand Tooling', 'Marakand Tooling Solutions LLC']));
    const volga = mustEntity(out, 'Volga Rotor');
    expect([volga.name, ...volga.aliases]).toContain('JSC Volga Rotor Systems');
    // "(PRC)" after two different companies must not make them one.
    expect(mustEntity(out, 'Qinghe Heavy Spindle').id).not.toBe(mustEntity(out, 'Fenghua Ceramic Works').id);
  });

  it('takes a few words with an acronym among them, in parentheses after a body\'s long name, as its short form', () => {
    const out = extractText('The Kestrova Consortium for Foreign Trade and Interstate Cooperation in Industry (Vneshtorg KMP) ' +
      'reported to the ministry in May. Vneshtorg KMP said it would buy chips.');
    const e = mustEntity(out, 'Vneshtorg KMP');
    expect(e.kind).toBe('organization');
    expect(e.aliases).toContain('Kestrova Consortium for Foreign Trade and Interstate Cooperation in Industry');
    expect(out.entities).toHaveLength(1);
    // (A place before parentheses takes only its own initials: the acronym of the body before it is no name of Laos.)
    const place = extractText('The Center for Strategic Studies in Laos (CSSL) said it would buy chips. The United Arab Emirates (UAE) said so.');
    expect(mustEntity(place, 'Laos').aliases).not.toContain('CSSL');
    expect(mustEntity(place, 'United Arab Emirates').aliases).toContain('UAE');
  });

  it('takes a lone surname quoted as a source ("according to Tesliuk", "Tesliuk wrote") for the person named in full', () => {
    const out = extractText('The scheme was uncovered, Laotian sanctions coordinator Bohdan Tesliuk said on Aug. 14. ' +
      'About 30 units have been traced to Russian territory, according to Tesliuk, the sanctions commissioner. ' +
      '"More will surface," Tesliuk wrote on his blog.');
    const e = mustEntity(out, 'Bohdan Tesliuk');
    expect(e.kind).toBe('person');
    expect(e.aliases).toContain('Tesliuk');
    expect(out.entities.filter((x) => x.kind === 'media')).toEqual([]);
  });

  it('takes the name a firm went by before as its alias: "A, formerly B", "A (formerly B)"', () => {
    const out = extractText('The vessel belongs to the Laotian company Brask Logistics, formerly Halvern Trans LLC. Last year, the Treasury imposed sanctions on the company.');
    const e = mustEntity(out, 'Brask Logistics');
    expect([e.name, ...e.aliases]).toEqual(expect.arrayContaining(['Brask Logistics', 'Halvern Trans LLC']));
    expect(out.relations.filter((r) => r.type === 'SANCTIONED').map((r) => r.target)).toEqual([e.id]);
    const before = mustEntity(extractText('Tessaly Optics (previously Orvanne Optics) sold lenses to Belarus.'), 'Tessaly Optics');
    expect([before.name, ...before.aliases]).toEqual(expect.arrayContaining(['Tessaly Optics', 'Orvanne Optics']));
  });

  it('resolves the distinctive second word of a longer name ("Qianfeng" / "Shenzhen Qianfeng Power Technology")', () => {
    const out = extractText('Shenzhen Qianfeng Power Technology makes motors. Qianfeng sold most of its output to the Moscow importer OOO Aerokomponent.');
    expect(out.entities.filter((e) => /Qianfeng/.test(e.name))).toHaveLength(1);
    expect(mustEntity(out, 'Qianfeng').aliases).toContain('Qianfeng');
  });

  it('keeps a large city apart from a company named after it, and never makes it an actor', () => {
    const out = extractText(
      'Shenzhen Qingfeng Power Technology Co. makes motors. Its sole director is a Shenzhen resident named Huang Jiaming. ' +
        'Qingfeng shipped motors to Everwin Link Trading Limited. Lotus Parts Ltd sold drones to Tver.',
    );
    const q = mustEntity(out, 'Qingfeng');
    expect(q.aliases).not.toContain('Shenzhen');
    expect(out.entities.map((e) => e.name)).not.toContain('Tver');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(1);
  });

  it('reads a bare first word shared by several names as the one the text introduced first', () => {
    const out = extractText(
      'Lianhe Infrared Technology makes thermal cameras. Lianhe International (Hong Kong) Ltd ships them. ' +
        'Lianhe Middle East FZCO sells in the Gulf. Lianhe cameras were found in drones, and Lianhe denied selling to Russia.',
    );
    const main = mustEntity(out, 'Lianhe Infrared Technology');
    expect(main.aliases).toContain('Lianhe');
    expect(out.entities.find((e) => e.name === 'Lianhe')).toBeUndefined();
  });

  it('resolves "Zenit" to "OKB Zenit" and a surname to the full name', () => {
    const out = extractText(
      'Parts were shipped to the Russian arms maker OKB Zenit, said analyst Marta Kowalska. Zenit builds drones. ' +
        '"The volumes are large," Kowalska said.',
    );
    expect(mustEntity(out, 'OKB Zenit').id).toBe(mustEntity(out, 'Zenit').id);
    expect(out.entities.filter((e) => /Zenit/.test(e.name))).toHaveLength(1);
    const p = mustEntity(out, 'Marta Kowalska');
    expect(p.kind).toBe('person');
    expect(p.aliases).toContain('Kowalska');
  });

  it('resolves demonyms and capitals to their country, with the ISO code', () => {
    const out = extractText('Beijing said Chinese firms sold drones to Russia, and China denied the rest.');
    const cn = mustEntity(out, 'China');
    expect(cn.kind).toBe('country');
    expect(cn.country).toBe('CN');
    expect(cn.aliases).toEqual(expect.arrayContaining(['Beijing', 'Chinese']));
    expect(out.entities.filter((e) => e.kind === 'country' && e.country === 'CN')).toHaveLength(1);
  });

  it('drops countries named only by a demonym unless a relation needs them', () => {
    const out = extractText('A German think tank said Polish officials met Mercator Analytics staff in Warsaw.');
    expect(entity(out, 'Germany')).toBeUndefined();
    expect(mustEntity(out, 'Poland').aliases).toContain('Warsaw');
  });

  it('takes a body written in lower case after its country for the same body as its capitalised name', () => {
    const out = extractText('The Russian defence ministry bought drones from Lanmo Tech. The Russian Ministry of Defence did not comment.');
    expect(out.entities.filter((e) => e.kind === 'government')).toHaveLength(1);
  });

  it('keeps a body and its country-less short form together ("the Foreign Ministry")', () => {
    const out = extractText("Armenia's Foreign Ministry said it had no data. The Foreign Ministry added that trade was legal.");
    const gov = out.entities.filter((e) => e.kind === 'government');
    expect(gov).toHaveLength(1);
    expect(gov[0].country).toBe('AM');
  });

  it('does not merge a generic word with a name it is part of', () => {
    const out = extractText('Zenit Models A140 & A900 were delivered. Models include the A60.');
    expect(entity(out, 'Models')?.name ?? 'Zenit Models').toBe('Zenit Models');
  });
});

describe('resolution across articles', () => {
  const out = extractArticles([
    { id: 'a.txt', text: 'The Chinese company Skyline Aero shipped drones to Russia through its subsidiary Skyline Aero Technolog.' },
    { id: 'b.txt', text: "China's Foreign Ministry denied it. The Chinese company Skyline Aero Technolog said it had stopped sales." },
    { id: 'c.txt', text: 'The Chinese Foreign Ministry said trade was normal. Skyline Aero sold parts to Belarus, said Chinese officials.' },
  ]);

  it('gives one node per real-world entity', () => {
    expect(out.entities.filter((e) => e.kind === 'government')).toHaveLength(1);
    const sk = out.entities.filter((e) => /skyline/i.test(e.name));
    expect(sk.map((e) => e.name).sort()).toEqual(['Skyline Aero', 'Skyline Aero Technolog']);
    expect(out.entities.filter((e) => e.name === 'China')).toHaveLength(1);
  });

  it('does not take a hyphenated compound for a short form ("Zenit" vs "Zenit-Tekh")', () => {
    const two = extractArticles([
      { id: 'p.txt', text: 'The Russian arms maker Zenit received drones from China.' },
      { id: 'q.txt', text: 'The engines were shipped to the Russian company Zenit-Tekh through the Kazakh firm Aral Trade.' },
    ]);
    expect(entity(two, 'Zenit')!.id).not.toBe(entity(two, 'Zenit-Tekh')!.id);
  });

  it('keeps ids stable slugs and entity ids unique', () => {
    const ids = out.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of out.entities) expect(e.id.startsWith(slug(e.name))).toBe(true);
  });

  it('merges the same fact from several articles into one relation with several evidence entries', () => {
    const two = extractArticles([
      { id: 'x.txt', text: 'China sold drones to Russia, the report said.' },
      { id: 'y.txt', text: 'According to customs data, China sold drones to Russia in 2023.' },
    ]);
    const r = two.relations.filter((x) => x.type === 'SHIPPED_TO');
    expect(r).toHaveLength(1);
    expect(r[0].id).toBe('SHIPPED_TO:china->russia');
    expect(r[0].evidence.map((e) => e.article)).toEqual(['x.txt', 'y.txt']);
  });
});

describe('chooseName', () => {
  const surfaces = (xs: [string, number][]) => new Map(xs);
  it('shows an organisation by its fullest form that keeps the usual one', () => {
    expect(chooseName('company', surfaces([['Kupol', 5], ['IEMZ Kupol', 1]]))).toBe('IEMZ Kupol');
    expect(chooseName('company', surfaces([['Iflight', 1], ['iFlight Technolog', 1]]))).toBe('iFlight Technolog');
  });
  it('keeps an acronym used most over an expansion that shares none of its words', () => {
    expect(chooseName('company', surfaces([['DJI', 4], ['Da-Jiang Innovations Science & Technology Co.', 1]]))).toBe('DJI');
  });
  it('shows a body without the possessive it was first named with', () => {
    expect(chooseName('government', new Map([["Ukraine's National Security and Defense Council", 2], ['National Security and Defense Council', 1]]))).toBe('National Security and Defense Council');
  });

  it('leaves products to the most used form', () => {
    expect(chooseName('product', surfaces([['A140', 3], ['AEE A140', 1]]))).toBe('A140');
  });
});

describe('resolution: a personal name with and without its middle name', () => {
  it('reads "Bertrand Olskiy" as "Bertrand Ivanovich Olskiy" named shorter, not as a second person', () => {
    const out = extractText('Bertrand Ivanovich Olskiy ran the firm. Later, Bertrand Olskiy sold it to a trader in Minsk.');
    const people = out.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Bertrand Ivanovich Olskiy']);
    expect(people[0].aliases).toContain('Bertrand Olskiy');
  });

  it('leaves two people apart when two full names share those first and last words', () => {
    const out = extractText('Bertrand Ivanovich Olskiy and Bertrand Petrovich Olskiy ran the firm. Later, Bertrand Olskiy sold it.');
    expect(out.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toContain('Bertrand Olskiy');
  });
});
