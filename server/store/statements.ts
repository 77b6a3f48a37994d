/** Loads `cypher/<dialect>/<intent>.cypher`: every statement the app runs lives there, one per file. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRelationType } from '../domain/relations.js';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');

export type Dialect = 'embedded' | 'neo4j';

export class Statements {
  private readonly byName = new Map<string, string>();

  constructor(public readonly dialect: Dialect, dir = join(CYPHER_DIR, dialect)) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.cypher')) continue;
      const text = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .join('\n')
        .trim()
        .replace(/;\s*$/, '');
      this.byName.set(f.slice(0, -'.cypher'.length), text);
    }
  }

  /** The statement named `intent`; a missing file is a programming error. */
  get(intent: string): string {
    const s = this.byName.get(intent);
    if (s === undefined) throw new Error(`no statement cypher/${this.dialect}/${intent}.cypher`);
    return s;
  }

  /** A statement whose `__TYPE__` placeholder is filled with a registry relation type (a label cannot be a $param). */
  forType(intent: string, type: string): string {
    if (!isRelationType(type)) throw new Error(`not a registry relation type: ${type}`);
    return this.get(intent).replaceAll('__TYPE__', type);
  }
}
