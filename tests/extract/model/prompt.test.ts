import { describe, expect, it } from 'vitest';
import { RELATION_MEANINGS, RELATIONS } from '../../../server/domain/relation-registry.js';
import { ENTITY_KINDS } from '../../../server/domain/types.js';
import { ANSWER_SCHEMA, PROMPT_VERSION, SYSTEM_PROMPT } from '../../../server/extract/model/prompt.js';

describe('the prompt is built from the registries', () => {
  it('names every relation type with its direction, meaning and allowed kinds, and every entity kind', () => {
    for (const r of RELATIONS) {
      const line = SYSTEM_PROMPT.split('\n').find((l) => l.startsWith(`- ${r.type}:`))!;
      expect(line, r.type).toBeDefined();
      expect(line).toContain(r.directed ? 'source -> target' : 'undirected');
      expect(line).toContain(RELATION_MEANINGS[r.type] ?? r.label);
      expect(line).toContain(`Source kinds: ${r.sourceKinds.join(', ')}.`);
    }
    for (const k of ENTITY_KINDS) expect(SYSTEM_PROMPT).toMatch(new RegExp(`^- ${k}: `, 'm'));
  });

  it('constrains the answer schema to the registered types and kinds', () => {
    expect(ANSWER_SCHEMA.properties.relations.items.properties.type.enum).toEqual(RELATIONS.map((r) => r.type));
    expect(ANSWER_SCHEMA.properties.entities.items.properties.kind.enum).toEqual([...ENTITY_KINDS]);
    expect(PROMPT_VERSION).toMatch(/^p\d+-[0-9a-f]{10}$/);
  });
});
