/** Test helper: the grammar layers' input for a snippet, and readable views of chunks and clauses. */
import { cleanArticle } from '../../../server/extract/clean.js';
import { grammarInput, type Chunk, type GrammarInput } from '../../../server/extract/grammar/chunks.js';
import { findMentions } from '../../../server/extract/mentions.js';
import { resolveLocal } from '../../../server/extract/resolve.js';
import { analyse } from '../../../server/extract/sentences.js';

export function grammarOf(text: string): GrammarInput {
  const an = analyse(cleanArticle(text));
  const ms = findMentions(an);
  return grammarInput(an, ms, resolveLocal(ms, new Set(an.sentences.map((s) => s.first))));
}

/** The surface names of a chunk's conjunct entities. */
export function names(g: GrammarInput, ents: number[]): string[] {
  return ents.map((e) => [...g.res.entities[e].surfaces.keys()][0]);
}

export function textOf(g: GrammarInput, c: Chunk | null | undefined): string {
  if (!c) return '';
  return g.an.text.slice(g.an.tokens[c.first].start, g.an.tokens[c.last - 1].end);
}
