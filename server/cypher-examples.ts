/**
 * The example queries offered in the Cypher console: `cypher/queries/<name>.<dialect>.cypher`, one per question and
 * dialect, each opening with `// title:`, optionally `// description:` and `// params: {json}` comment lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherExample } from './api/contract.js';
import { CYPHER_DIR, type Dialect } from './store/statements.js';

export const QUERIES_DIR = join(CYPHER_DIR, 'queries');

/** Parses one example file; throws on a missing title or malformed params (a broken file is a programming error). */
export function parseExample(name: string, text: string): CypherExample {
  const header: Record<string, string> = {};
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*\/\/\s*(title|description|params):\s*(.*)$/.exec(lines[i]);
    if (!m) break;
    header[m[1]] = m[2].trim();
  }
  if (!header.title) throw new Error(`cypher/queries/${name}: the first line must be "// title: …"`);
  const ex: CypherExample = { name, title: header.title, query: lines.slice(i).join('\n').trim(), params: {} };
  if (header.description) ex.description = header.description;
  if (header.params) ex.params = JSON.parse(header.params) as Record<string, unknown>;
  return ex;
}

/** Every example written for `dialect`, by name. */
export function loadExamples(dialect: Dialect, dir = QUERIES_DIR): CypherExample[] {
  const suffix = `.${dialect}.cypher`;
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => parseExample(f.slice(0, -suffix.length), readFileSync(join(dir, f), 'utf8')));
}
