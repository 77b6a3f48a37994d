/**
 * A small, hand-written supply chain for browser tests, loaded next to whatever the seeds yield. Names are made up
 * so they cannot collide with entities extracted from the seed articles; every quote is a real slice of its article.
 */
import type { Entity, Evidence, Extraction, Mention, Relation } from '../../server/domain/types.js';
import { relationId } from '../../server/domain/types.js';

export const FIXTURE_ARTICLE_ID = 'e2e_fixture_article.txt';

const sentences = [
  'Quillfeather Dynamics shipped quadcopter frames to Varnholt Logistics in 2023.',
  'Varnholt Logistics forwarded the frames to Ostrava Kinetics, a buyer in Varukia.',
  'Ostrava Kinetics shipped the drones on to Varukia.',
  'Quillfeather Dynamics is a subsidiary of Brightmoor Holdings.',
  'The Directorate of Export Control sanctioned Varnholt Logistics in May 2024.',
  'Brightmoor Holdings manufactures the Kestrel X4 drone.',
  'Halvard Ennis, a broker, cooperated with Ostrava Kinetics.',
  'Brightmoor Holdings denied any business with Varukia.',
  'Tessaline Media first reported the shipments.',
  'Quillfeather Dynamics also sold drone motors straight to Ostrava Kinetics.',
  'Varnholt Logistics sold some frames to the Republic of Varukia directly.',
  'Ostrava Kinetics sent faulty frames back to Varnholt Logistics for repair.',
];
const text = sentences.join(' ');

function quote(sentence: number): Evidence {
  const s = sentences[sentence];
  const start = text.indexOf(s);
  return { article: FIXTURE_ARTICLE_ID, start, end: start + s.length, quote: s };
}

const entities: Entity[] = [
  { id: 'quillfeather-dynamics', name: 'Quillfeather Dynamics', kind: 'company', aliases: ['QFD Drones'], country: 'CN' },
  { id: 'varnholt-logistics', name: 'Varnholt Logistics', kind: 'company', aliases: ['VHL Freight'] },
  { id: 'ostrava-kinetics', name: 'Ostrava Kinetics', kind: 'company', aliases: [] },
  { id: 'brightmoor-holdings', name: 'Brightmoor Holdings', kind: 'company', aliases: ['Brightmoor Group'] },
  { id: 'republic-of-varukia', name: 'Republic of Varukia', kind: 'country', aliases: ['Varukia'] },
  { id: 'directorate-of-export-control', name: 'Directorate of Export Control', kind: 'government', aliases: ['DEC'] },
  { id: 'kestrel-x4', name: 'Kestrel X4', kind: 'product', aliases: [] },
  { id: 'halvard-ennis', name: 'Halvard Ennis', kind: 'person', aliases: [] },
  { id: 'tessaline-media', name: 'Tessaline Media', kind: 'media', aliases: [] },
  { id: 'loomridge-institute', name: 'Loomridge Institute', kind: 'organization', aliases: [] },
];

function rel(type: Relation['type'], source: string, target: string, sentence: number, props: Relation['props'] = {}): Relation {
  return { id: relationId(type, source, target), type, source, target, props, evidence: [quote(sentence)] };
}

const relations: Relation[] = [
  rel('SHIPPED_TO', 'quillfeather-dynamics', 'varnholt-logistics', 0, { goods: ['quadcopter frames'], period: '2023' }),
  rel('SHIPPED_TO', 'varnholt-logistics', 'ostrava-kinetics', 1, { goods: ['quadcopter frames'] }),
  rel('SHIPPED_TO', 'ostrava-kinetics', 'republic-of-varukia', 2, { goods: ['drones'] }),
  rel('SUBSIDIARY_OF', 'quillfeather-dynamics', 'brightmoor-holdings', 3),
  rel('SANCTIONED', 'directorate-of-export-control', 'varnholt-logistics', 4, { when: 'May 2024' }),
  rel('MANUFACTURES', 'brightmoor-holdings', 'kestrel-x4', 5),
  rel('COOPERATED_WITH', 'halvard-ennis', 'ostrava-kinetics', 6),
  rel('DENIED', 'brightmoor-holdings', 'republic-of-varukia', 7),
  rel('SHIPPED_TO', 'quillfeather-dynamics', 'ostrava-kinetics', 9, { goods: ['drone motors'] }),
  rel('SHIPPED_TO', 'varnholt-logistics', 'republic-of-varukia', 10, { goods: ['frames'] }),
  // Back the other way: the chains' union has a cycle, and each chain must still be drawn left to right.
  rel('SHIPPED_TO', 'ostrava-kinetics', 'varnholt-logistics', 11, { goods: ['faulty frames'], valueUsd: 250000 }),
];

/** Every place the text names an entity (by name or alias), longest names first so "Republic of Varukia" wins. */
function findMentions(): Mention[] {
  const names = entities
    .flatMap((e) => [e.name, ...e.aliases].map((n) => ({ entity: e.id, n })))
    .sort((a, b) => b.n.length - a.n.length);
  const taken: [number, number][] = [];
  const out: Mention[] = [];
  for (const { entity, n } of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const end = i + n.length;
      if (taken.some(([a, b]) => i < b && end > a)) continue;
      taken.push([i, end]);
      out.push({ article: FIXTURE_ARTICLE_ID, entity, start: i, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The fixture as one load batch. */
export const FIXTURE: Extraction = {
  articles: [{ id: FIXTURE_ARTICLE_ID, title: 'E2E fixture: frames through Varnholt', source: 'Fixture Wire', text }],
  entities,
  relations,
  mentions: findMentions(),
};

/** The chains from the fixture's supplier to its buyer, as entity ids: two of two hops, two of three. */
export const CHAIN_FROM = { id: 'quillfeather-dynamics', name: 'Quillfeather Dynamics', typed: 'Quillfeather' };
export const CHAIN_TO = { id: 'republic-of-varukia', name: 'Republic of Varukia', typed: 'Varukia' };
export const FIXTURE_CHAINS = [
  ['quillfeather-dynamics', 'varnholt-logistics', 'republic-of-varukia'],
  ['quillfeather-dynamics', 'ostrava-kinetics', 'republic-of-varukia'],
  ['quillfeather-dynamics', 'varnholt-logistics', 'ostrava-kinetics', 'republic-of-varukia'],
  ['quillfeather-dynamics', 'ostrava-kinetics', 'varnholt-logistics', 'republic-of-varukia'],
];
/** The sentence of the fixture article that states a relation, as the panel must quote it. */
export function fixtureSentence(i: number): string {
  return sentences[i];
}

/** An entity found by an alias that shares no word with its name. */
export const ALIAS_TARGET = { id: 'varnholt-logistics', name: 'Varnholt Logistics', alias: 'VHL Freight' };
/** An entity found by its name. */
export const NAME_TARGET = { id: 'kestrel-x4', name: 'Kestrel X4' };
