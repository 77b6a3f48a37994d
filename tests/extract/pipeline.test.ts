import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey, slug } from '../../server/domain/names.js';
import { relationSpec } from '../../server/domain/relation-registry.js';
import { ENTITY_KINDS, relationId, type Extraction } from '../../server/domain/types.js';
import { extractArticles } from '../../server/extract/index.js';
import { expectRel } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const seedFiles = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seeds = seedFiles.map((f) => ({ id: f, text: readFileSync(join(root, 'seeds', f), 'utf8') }));
const fixtureDir = join(import.meta.dirname, 'fixtures');

/** Invariants every extraction must keep, whatever its input. */
function checkInvariants(out: Extraction, texts: Map<string, string>): void {
  const ids = new Set(out.entities.map((e) => e.id));
  expect(ids.size).toBe(out.entities.length);
  for (const e of out.entities) {
    expect(ENTITY_KINDS).toContain(e.kind);
    expect(e.id.startsWith(slug(e.name))).toBe(true);
    expect(e.aliases).not.toContain(e.name);
    if (e.country) expect(e.country).toMatch(/^[A-Z]{2}$/);
  }
  for (const r of out.relations) {
    const spec = relationSpec(r.type)!;
    expect(spec).toBeDefined();
    expect(r.id).toBe(relationId(r.type, r.source, r.target));
    const s = out.entities.find((e) => e.id === r.source)!;
    const t = out.entities.find((e) => e.id === r.target)!;
    expect(spec.sourceKinds).toContain(s.kind);
    expect(spec.targetKinds).toContain(t.kind);
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const ev of r.evidence) {
      expect(texts.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.quote);
      expect(ev.quote.trim()).toBe(ev.quote);
    }
  }
  for (const m of out.mentions ?? []) {
    expect(ids.has(m.entity)).toBe(true);
    expect(m.end).toBeGreaterThan(m.start);
    expect(texts.get(m.article)!.slice(m.start, m.end).trim().length).toBeGreaterThan(0);
  }
  for (const a of out.articles) expect(a.text).toBe(texts.get(a.id));
}

describe('pipeline: all five seeds in one run', () => {
  const out = extractArticles(seeds);
  const byKey = (name: string) => out.entities.filter((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(name)));

  it('keeps the data model invariants (ids, kinds, registry, evidence, mentions)', () => {
    checkInvariants(out, new Map(seeds.map((s) => [s.id, s.text])));
    expect(out.articles.map((a) => a.id)).toEqual(seedFiles);
  });

  it('gives exactly one entity for DJI, iFlight, Shanghai H Win, China and Russia', () => {
    for (const name of ['DJI', 'iFlight', 'iFlight Technolog', 'Shanghai H Win', 'China', 'Russia']) {
      expect(byKey(name), name).toHaveLength(1);
    }
    expect(byKey('iFlight')[0].id).toBe(byKey('iFlight Technolog')[0].id);
    expect(byKey('Da-Jiang Innovations Science & Technology Co.')[0].id).toBe(byKey('DJI')[0].id);
    expect(byKey('IEMZ Kupol')[0].id).toBe(byKey('Kupol')[0].id);
  });

  it('has the chains DJI -> iFlight -> Russia and AEE -> TSK Vektor -> IEMZ Kupol', () => {
    expectRel(out, 'SHIPPED_TO', 'DJI', 'iFlight');
    expectRel(out, 'SHIPPED_TO', 'iFlight', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'AEE', 'TSK Vektor');
    expectRel(out, 'SHIPPED_TO', 'TSK Vektor', 'IEMZ Kupol');
    expectRel(out, 'SUBSIDIARY_OF', 'iFlight', 'DJI');
    expectRel(out, 'SANCTIONED', 'US Department of Commerce', 'DJI');
  });

  it('merges the China -> Russia flow stated by several articles into one relation', () => {
    const r = expectRel(out, 'SHIPPED_TO', 'China', 'Russia');
    expect(new Set(r.evidence.map((e) => e.article)).size).toBeGreaterThanOrEqual(3);
    expect(r.props.valueUsd).toBe(12_000_000);
  });

  it('emits mentions covering names, demonyms and capitals, in article order', () => {
    const ms = (out.mentions ?? []).filter((m) => m.article === seedFiles[0]);
    const china = byKey('China')[0].id;
    const quotes = ms.filter((m) => m.entity === china).map((m) => seeds[0].text.slice(m.start, m.end));
    expect(quotes).toEqual(expect.arrayContaining(['China', 'Chinese']));
  });

  it('is deterministic: the same input gives the same output', () => {
    expect(JSON.stringify(extractArticles(seeds))).toBe(JSON.stringify(out));
  });
});

describe('pipeline: HTML input', () => {
  const file = 'f03-kazakh-machine-tools.html';
  const html = readFileSync(join(fixtureDir, file), 'utf8');
  const out = extractArticles([{ id: file, text: html }]);

  it('quotes evidence and places mentions in the original HTML', () => {
    checkInvariants(out, new Map([[file, html]]));
    const r = expectRel(out, 'SHIPPED_TO', 'Steppe Industrial Supply', 'Kalashnikov Concern');
    expect(r.evidence[0].quote).toContain('<strong>Steppe Industrial Supply</strong>');
    expect(out.articles[0].title).toBe('Kazakh trader re-exported European machine tools to Russian arms plant');
  });

  it('reads nothing from scripts, navigation, asides or footers', () => {
    const quotes = out.relations.flatMap((r) => r.evidence.map((e) => e.quote)).join(' ');
    expect(quotes).not.toMatch(/dataLayer|gas deal|Iran ships/);
  });
});

describe('pipeline: every fixture keeps the invariants', () => {
  const files = readdirSync(fixtureDir).filter((f) => /\.(txt|html)$/.test(f)).sort();
  it.each(files)('%s', (f) => {
    const text = readFileSync(join(fixtureDir, f), 'utf8');
    checkInvariants(extractArticles([{ id: f, text }]), new Map([[f, text]]));
  });
});
