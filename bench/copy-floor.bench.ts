/**
 * `npm run bench:copy-floor`: how fast LadybugDB itself takes the relation rows that `bench:paths` loads, measured
 * apart from everything the store does around it. The trade network's entities and articles are loaded first
 * (untimed); then one COPY of the 300k relation rows (exactly the file store.loadBatch writes) is timed inside its
 * transaction, with the COMMIT. The same relations without their properties are timed too, for the engine's bare
 * ceiling. Options: --entities N --relations N.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lbug from '@ladybugdb/core';
import { type Cell, copyStatement, withCsv } from '../server/store/bulk-csv.js';
import { EmbeddedStore, relationCells } from '../server/store/embedded-store.js';
import { planMerge } from '../server/store/merge.js';
import { Statements } from '../server/store/statements.js';
import { recordTargets, type Target } from './results.js';
import { tradeGraph } from './trade-graph.js';

const { values: opt } = parseArgs({ options: { entities: { type: 'string', default: '100000' }, relations: { type: 'string', default: '300000' } } });
const [batch] = [...tradeGraph({ entities: Number(opt.entities), relations: Number(opt.relations) }, Number(opt.relations))];
const rows = planMerge(batch, { entities: new Map(), relations: new Map(), articles: new Map(), mentions: new Map() }).relations;
const stmts = new Statements('embedded');

const floors: Target[] = [];

async function timeCopy(label: string, short: string, cells: (r: (typeof rows)[number]) => Cell[], copy: string, schema?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  try {
    const path = join(dir, 'graph.lbug');
    const store = new EmbeddedStore(path);
    await store.init();
    await store.loadBatch({ ...batch, relations: [] });
    await store.close();
    const db = new lbug.Database(path);
    const conn = new lbug.Connection(db);
    if (schema) await conn.query(schema);
    const ms = await withCsv(rows.map(cells), async (file) => {
      await conn.query('BEGIN TRANSACTION');
      const t = performance.now();
      await conn.query(copyStatement(copy, file));
      await conn.query('COMMIT');
      return performance.now() - t;
    });
    await conn.close();
    await db.close();
    const rate = Math.round(rows.length / (ms / 1000)).toLocaleString('en');
    console.log(`${label}: ${rows.length.toLocaleString('en')} rows in ${(ms / 1000).toFixed(2)} s = ${rate} relations/s`);
    floors.push({ what: short, measured: `${rate} relations/s`, target: '— (the ceiling for the store\'s load rate)', pass: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await timeCopy('engine COPY of the relation rows the store writes (id, props, evidence, articles, sources)', 'engine COPY, relation rows', relationCells,
  stmts.forType('copy-relations', 'SHIPPED_TO'));
await timeCopy('engine COPY of the same relations with no properties (ceiling)', 'engine COPY, no properties', (r) => [r.source, r.target],
  "COPY BARE FROM '__FILE__' (header=false, delim='\\t', quote='\\x02', escape='\\x03')", 'CREATE REL TABLE BARE(FROM Entity TO Entity)');
recordTargets('copy-floor', floors);
