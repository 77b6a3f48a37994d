/** Loads `cypher/<dialect>/<intent>.cypher`: every statement the app runs lives there, one per file. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRelationType } from '../domain/relation-registry.js';
import { ENTITY_KINDS, kindLabel, type EntityKind } from '../domain/types.js';

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

  /**
   * A statement whose `__KIND__` placeholder is filled with the label of an entity kind and `__OTHER_KINDS__` with the
   * labels of every other kind (`Country:Government:…`), so one statement sets the one kind label an entity has.
   */
  forKind(intent: string, kind: EntityKind): string {
    if (!ENTITY_KINDS.includes(kind)) throw new Error(`not an entity kind: ${kind}`);
    const others = ENTITY_KINDS.filter((k) => k !== kind).map(kindLabel).join(':');
    return this.get(intent).replaceAll('__OTHER_KINDS__', others).replaceAll('__KIND__', kindLabel(kind));
  }

  /** A statement whose `__TYPE__` placeholder is filled with a registry relation type (a label cannot be a $param). */
  forType(intent: string, type: string): string {
    if (!isRelationType(type)) throw new Error(`not a registry relation type: ${type}`);
    return this.get(intent).replaceAll('__TYPE__', type);
  }

  /**
   * `count` copies of a statement joined by UNION ALL, each with its parameters numbered (`$source` becomes `$source0`,
   * `$source1`, …): one call for several lookups. The statement must return the same columns in every copy.
   */
  unionOf(statement: string, count: number): string {
    return Array.from({ length: count }, (_, i) => statement.replace(/\$(\w+)/g, `$$$1${i}`)).join('\nUNION ALL\n');
  }
}
