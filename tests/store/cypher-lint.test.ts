/**
 * Static checks of every statement the app runs, so the Neo4j Cypher is verified without a Neo4j server:
 * - each cypher/neo4j/*.cypher lints clean (no error, no warning) with @neo4j-cypher/language-support against the
 *   model of the embedded schema, the registry's relation types, real Neo4j function/procedure signatures and the
 *   exact parameters the adapter passes;
 * - both dialects have the same intents with the same parameters, and no value is pasted into a statement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../server/domain/relation-registry.js';
import { ENTITY_KINDS, kindLabel } from '../../server/domain/types.js';
import { CYPHER_DIR, Statements } from '../../server/store/statements.js';
import { NEO4J_PARAMS, PER_TYPE, SCHEMA, type Intent } from '../../server/store/neo4j-store.js';
import { planMerge } from '../../server/store/merge.js';
import { sampleBatch } from './contract.js';
import { loadExamples } from '../../server/cypher-examples.js';

type Dialect = 'embedded' | 'neo4j';

const intentsOf = (d: Dialect) =>
  readdirSync(join(CYPHER_DIR, d)).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -'.cypher'.length)).sort();
const source = (d: Dialect, intent: string) => readFileSync(join(CYPHER_DIR, d, `${intent}.cypher`), 'utf8');

/** Intents that exist in one dialect only, each with the reason. Everything else must exist in both. */
const ONLY_IN: Record<Dialect, Record<string, string>> = {
  embedded: {
    'schema-mentions': 'LadybugDB declares each relationship table; Neo4j relationship types need no declaration',
    // The embedded write path splits upserts: CREATE (or COPY from a temporary file for large batches) for new rows,
    // MATCH … SET for existing ones, because MERGE over UNWIND is quadratic in LadybugDB. Neo4j MERGEs with indexes.
    'create-entities': 'embedded write path (see above)', 'update-entities': 'embedded write path',
    'copy-entities': 'embedded bulk path: COPY from a temporary CSV file', 'create-articles': 'embedded write path',
    'update-articles': 'embedded write path', 'copy-articles': 'embedded bulk path', 'copy-relations': 'embedded bulk path',
    'copy-mentions': 'embedded bulk path (mentions of articles new to the store)',
    'relations-from-sources': 'embedded: relations have no id index, so existing ones are read from their source node',
    'all-entity-ids': 'embedded: the single-writer store keeps every id in memory for existence checks',
    'all-relation-ids': 'embedded: as above',
    'relation-between': 'embedded: one relation from its two ends by primary key, for short id lists (an IN filter scans every entity)',
    'degree-of': 'embedded: one degree by primary key, for short id lists (as above); Neo4j plans IN over its index',
    'all-degrees': 'embedded: every degree in one scan, kept per graph version (the single-writer store knows when it changes)',
  },
  neo4j: {
    'schema-entity-search': 'text index behind CONTAINS search and key lookup; LadybugDB has no such index',
    'schema-entity-fulltext': 'full-text index on names and aliases for researchers; LadybugDB has none',
    'await-indexes': 'Neo4j builds indexes in the background; start waits until they are online',
    'label-kinds': 'Neo4j gives each entity its kind as a label too (:Entity:Company); LadybugDB has one table per node',
    'upsert-entities': 'Neo4j MERGEs against its uniqueness constraint; the embedded store splits create and update',
    'upsert-articles': 'as above',
    'relations-by-ids': 'Neo4j has a relationship index on id; the embedded store finds relations from their source node',
    'flow-out': 'Neo4j chains are searched a layer of relations per statement (layered-path-search.ts); the embedded store searches an in-memory index of the flow relations',
    'entity-nodes': 'Neo4j reads entities with their degrees and sanction flags in one statement; the embedded store adds both from memory (read once per graph version)',
    'flow-in': 'as above, the backward layers', 'flow-open': 'as above: what each end costs, and the cheap first layers',
    'flow-out-within': 'as above, the last forward layer', 'flow-in-within': 'as above, the last backward layer',
    'reach-down': 'Neo4j plans SHORTEST 1 per end node; the embedded store searches its in-memory index', 'reach-up': 'as above: SHORTEST 1 per start node',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// A small Cypher tokenizer: enough to tell string literals, comments, quoted names and parameters apart.

interface Token {
  kind: 'string' | 'comment' | 'name' | 'code';
  text: string;
  offset: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let code = 0;
  const flush = (end: number) => {
    if (end > code) out.push({ kind: 'code', text: src.slice(code, end), offset: code });
  };
  while (i < src.length) {
    const c = src[i];
    const two = src.slice(i, i + 2);
    let end = -1;
    let kind: Token['kind'] | null = null;
    if (two === '//') {
      kind = 'comment';
      end = src.indexOf('\n', i);
      if (end < 0) end = src.length;
    } else if (two === '/*') {
      kind = 'comment';
      end = src.indexOf('*/', i + 2);
      end = end < 0 ? src.length : end + 2;
    } else if (c === "'" || c === '"') {
      kind = 'string';
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      end = Math.min(j + 1, src.length);
    } else if (c === '`') {
      kind = 'name';
      let j = i + 1;
      while (j < src.length && !(src[j] === '`' && src[j + 1] !== '`')) j += src[j] === '`' ? 2 : 1;
      end = Math.min(j + 1, src.length);
    }
    if (kind) {
      flush(i);
      out.push({ kind, text: src.slice(i, end), offset: i });
      i = code = end;
    } else i++;
  }
  flush(src.length);
  return out;
}

/** The `$param` names a statement uses. */
function paramsOf(src: string): string[] {
  const names = tokenize(src).filter((t) => t.kind === 'code').flatMap((t) => [...t.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
  return [...new Set(names)].sort();
}

/**
 * String literals that look like values: any quoted literal holding a letter or digit (a name, an id, a kind, a
 * type, a number). Punctuation-only literals such as the "|" separator of `search` are format, not values; index and
 * constraint names are identifiers, not strings; OPTIONS {…} of a CREATE (index configuration) may hold strings.
 */
function valueLiterals(src: string): { literal: string; line: number }[] {
  const tokens = tokenize(src);
  const out: { literal: string; line: number }[] = [];
  const code = tokens.filter((t) => t.kind === 'code').map((t) => t.text).join(' ');
  const isCreate = /^\s*CREATE\b/i.test(code);
  // A COPY statement's literals are its file placeholder (filled with the store's own temporary file) and CSV format
  // options, never values.
  if (/^\s*COPY\b/i.test(code)) return out;
  let inOptions = false;
  for (const t of tokens) {
    if (t.kind === 'code' && isCreate && /\bOPTIONS\b/i.test(t.text)) inOptions = true;
    if (t.kind !== 'string' || inOptions) continue;
    if (/[\p{L}\p{N}]/u.test(t.text.slice(1, -1))) {
      out.push({ literal: t.text, line: src.slice(0, t.offset).split('\n').length });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The schema the lint checks against, taken from the embedded DDL (the model both stores share).

function embeddedModel() {
  const labels = new Set<string>();
  const relTypes = new Set<string>();
  const props = new Set<string>();
  const paths: { from: string; to: string; relType: string }[] = [];
  for (const intent of intentsOf('embedded').filter((i) => i.startsWith('schema-'))) {
    const text = new Statements('embedded').get(intent);
    const m = /^CREATE (NODE|REL) TABLE IF NOT EXISTS (\w+)\s*\(([\s\S]*)\)$/.exec(text);
    if (!m) throw new Error(`cannot read the embedded schema statement ${intent}: ${text}`);
    const [, what, name, body] = m;
    const types = name === '__TYPE__' ? RELATION_TYPES : [name];
    let ends: { from: string; to: string } | undefined;
    for (const part of body.split(',').map((p) => p.trim())) {
      const fromTo = /^FROM (\w+) TO (\w+)$/.exec(part);
      if (fromTo) ends = { from: fromTo[1], to: fromTo[2] };
      else props.add(part.split(/\s+/)[0]);
    }
    if (what === 'NODE') labels.add(name);
    else for (const t of types) {
      relTypes.add(t);
      if (ends) paths.push({ ...ends, relType: t });
    }
  }
  return { labels: [...labels], relationshipTypes: [...relTypes], propertyKeys: [...props], graphSchema: paths };
}

const model = embeddedModel();

/**
 * The fields of the rows the adapter UNWINDs (`row.article`, `row.target` …). The linter cannot tell a map from a
 * node, so it checks `row.x` against the property keys too: these are taken from a real merge plan, not typed in.
 */
function rowFields(): string[] {
  const plan = planMerge(sampleBatch('lint'), { entities: new Map(), relations: new Map(), articles: new Map(), mentions: new Map() });
  const rows = [plan.entities[0], plan.relations[0], plan.articles[0], plan.mentions[0]];
  expect(rows.every(Boolean)).toBe(true);
  return [...new Set(rows.flatMap((r) => Object.keys(r)))];
}

const propertyKeys = [...new Set([...model.propertyKeys, ...rowFields()])];

function schemaFor(params: readonly string[]): DbSchema {
  return {
    ...model,
    // On Neo4j every entity also carries its kind's label (upsert-entities, label-kinds).
    labels: [...model.labels, ...ENTITY_KINDS.map(kindLabel)],
    propertyKeys,
    // A real Neo4j's function and procedure signatures, with their deprecations, as the library ships them.
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    defaultLanguage: 'CYPHER 5',
  };
}

/** Every diagnostic (error or warning) as "line:col message". */
function lint(query: string, params: readonly string[]): string[] {
  return lintCypherQuery(query, schemaFor(params)).diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------

const neo4jStatements = new Statements('neo4j');
const neo4jIntents = intentsOf('neo4j');
const embeddedIntents = intentsOf('embedded');

describe('cypher/neo4j lints clean with @neo4j-cypher/language-support', () => {
  it('reads the shared model from the embedded schema', () => {
    // Snapshot: saved views (POST /api/snapshots), kept with the graph so they survive restarts on either store.
    expect(model.labels.sort()).toEqual(['Article', 'Entity', 'Snapshot']);
    expect(model.relationshipTypes).toEqual(expect.arrayContaining(['MENTIONS', ...RELATION_TYPES]));
    expect(model.propertyKeys).toEqual(expect.arrayContaining(['id', 'search', 'aliases', 'evidence', 'sources', 'spans', 'text']));
    expect(model.graphSchema).toContainEqual({ from: 'Article', to: 'Entity', relType: 'MENTIONS' });
  });

  for (const intent of neo4jIntents) {
    it(`${intent}.cypher has no diagnostics`, () => {
      const params = NEO4J_PARAMS[intent as Intent];
      expect(params, `${intent} is missing from NEO4J_PARAMS in server/store/neo4j-store.ts`).toBeDefined();
      const variants = source('neo4j', intent).includes('__TYPE__')
        ? RELATION_TYPES.map((t) => neo4jStatements.forType(intent, t))
        : source('neo4j', intent).includes('__KIND__')
          ? ENTITY_KINDS.map((k) => neo4jStatements.forKind(intent, k))
          : [neo4jStatements.get(intent)];
      for (const text of variants) expect(lint(text, params), text).toEqual([]);
    });
  }

  // Proof that the check above can fail: each broken statement must draw at least one diagnostic.
  const broken: [string, string, string[], RegExp][] = [
    ['a syntax error', 'MATCH (e:Entity) WHER e.id IN $ids RETURN e.id AS id', ['ids'], /Invalid input 'WHER'/],
    ['an undefined variable (semantic analysis runs)', 'MATCH (e:Entity) RETURN x AS id', [], /Variable `x` not defined/],
    ['an undeclared parameter', 'MATCH (e:Entity) WHERE e.id IN $idz RETURN e.id AS id', ['ids'], /Parameter \$idz is not defined/],
    ['a misspelt label (a warning)', 'MATCH (e:Entitty) RETURN e.id AS id', [], /Label Entitty is not present/],
    ['a misspelt property (a warning)', 'MATCH (e:Entity) RETURN e.nmae AS name', [], /nmae is not present/],
    ['a relation between the wrong labels (a warning)', 'MATCH (a:Article)-[r:SHIPPED_TO]->(e:Entity) RETURN r.id AS id', [], /SHIPPED_TO/],
    ['a deprecated function (a warning)', 'MATCH (e:Entity) RETURN id(e) AS n', [], /deprecated/],
    ['an unknown function', 'MATCH (e:Entity) RETURN label(e) AS l', [], /Function label is not present/],
    ['an unknown procedure', 'CALL db.awaitIndexez($t)', ['t'], /Procedure db.awaitIndexez is not present/],
  ];
  for (const [what, query, params, message] of broken) {
    it(`flags ${what}`, () => {
      const found = lint(query, params);
      expect(found.length).toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(message);
    });
  }
});

describe('the console\'s example queries (cypher/queries/*.neo4j.cypher) lint clean', () => {
  const examples = loadExamples('neo4j');
  it('has examples', () => expect(examples.length).toBeGreaterThan(0));
  for (const ex of examples) {
    it(`${ex.name}.neo4j.cypher has no diagnostics and declares the parameters it uses`, () => {
      expect(lint(ex.query, Object.keys(ex.params))).toEqual([]);
      expect(paramsOf(ex.query)).toEqual(Object.keys(ex.params).sort());
    });
  }
});

describe('both dialects run the same intents with the same parameters', () => {
  it('has every intent on both sides, apart from the listed dialect-only ones', () => {
    const shared = (d: Dialect, all: string[]) => all.filter((i) => !(i in ONLY_IN[d]));
    expect(shared('neo4j', neo4jIntents)).toEqual(shared('embedded', embeddedIntents));
    // The exceptions must be real: present on their side, absent on the other.
    for (const [d, other] of [['neo4j', embeddedIntents], ['embedded', neo4jIntents]] as const) {
      const own = d === 'neo4j' ? neo4jIntents : embeddedIntents;
      for (const intent of Object.keys(ONLY_IN[d])) {
        expect(own, `${d}-only intent ${intent}`).toContain(intent);
        expect(other, `${d}-only intent ${intent}`).not.toContain(intent);
      }
    }
  });

  it('declares exactly the parameters each Neo4j statement uses', () => {
    expect(Object.keys(NEO4J_PARAMS).sort()).toEqual(neo4jIntents);
    for (const intent of neo4jIntents) {
      expect(paramsOf(source('neo4j', intent)), intent).toEqual([...NEO4J_PARAMS[intent as Intent]].sort());
    }
  });

  it('takes the same parameters as the embedded statement of the same intent (the shared code calls both alike)', () => {
    for (const intent of neo4jIntents.filter((i) => embeddedIntents.includes(i))) {
      expect(paramsOf(source('neo4j', intent)), intent).toEqual(paramsOf(source('embedded', intent)));
    }
  });

  it('knows which statements hold __TYPE__ and runs every Neo4j schema statement at start', () => {
    expect([...PER_TYPE].sort()).toEqual(neo4jIntents.filter((i) => source('neo4j', i).includes('__TYPE__')));
    const schema = neo4jIntents.filter((i) => i.startsWith('schema-'));
    expect([...SCHEMA, 'schema-relation'].sort()).toEqual(schema);
    for (const intent of schema) expect(neo4jStatements.get(intent), intent).toMatch(/^CREATE \w+( \w+)? \w+ IF NOT EXISTS /);
  });
});

describe('no value pasted into a statement', () => {
  for (const d of ['embedded', 'neo4j'] as const) {
    it(`cypher/${d} holds no quoted value literal`, () => {
      const found = intentsOf(d).flatMap((i) => valueLiterals(source(d, i)).map((v) => `${i}.cypher:${v.line} ${v.literal}`));
      expect(found).toEqual([]);
    });
  }

  it('catches values and spares separators, comments, quoted names and index options', () => {
    const caught = (q: string) => valueLiterals(q).map((v) => v.literal);
    expect(caught(`MATCH (e:Entity {id: 'dji'}) RETURN e`)).toEqual([`'dji'`]);
    expect(caught(`MATCH (e:Entity) WHERE e.kind = "company" RETURN e`)).toEqual([`"company"`]);
    expect(caught(`MATCH ()-[r]->() WHERE type(r) IN ['SHIPPED_TO'] RETURN r`)).toEqual([`'SHIPPED_TO'`]);
    expect(caught(`MATCH (e:Entity) WHERE e.name CONTAINS 'it\\'s' RETURN e`)).toEqual([`'it\\'s'`]);
    expect(caught(`MATCH (e:Entity) WHERE e.sources >= '2' RETURN e`)).toEqual([`'2'`]);
    expect(caught(`MATCH (e:Entity) WHERE e.search CONTAINS ('|' + $q + ' ') RETURN e`)).toEqual([]);
    expect(caught(`// e.g. {id: 'x'}\nMATCH (e:\`it's\`) /* 'y' */ RETURN e`)).toEqual([]);
    expect(caught(`CREATE FULLTEXT INDEX n IF NOT EXISTS FOR (e:Entity) ON EACH [e.name] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'english'}}`)).toEqual([]);
    expect(caught(`MATCH (e:Entity) WITH e, 'x' AS opt, {OPTIONS: 1} AS m RETURN e`)).toEqual([`'x'`]);
  });

  it('finds the parameters a statement uses, not those in comments or strings', () => {
    expect(paramsOf(`// $old\nMATCH (e:Entity {id: $id}) WHERE e.x = '$no' AND e.y IN $ids RETURN e`)).toEqual(['id', 'ids']);
  });
});
