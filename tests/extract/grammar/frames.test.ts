import { describe, expect, it } from 'vitest';
import { FRAMES, TRIGGERS, triggerClasses } from '../../../server/extract/grammar/frames.js';
import { RELATION_TYPES } from '../../../server/domain/relation-registry.js';

describe('grammar: frame table', () => {
  it('names every frame once, with a known relation type and a known trigger class', () => {
    const names = FRAMES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FRAMES) {
      expect(RELATION_TYPES).toContain(f.type);
      expect(Object.keys(TRIGGERS)).toContain(f.trigger);
      expect(f.source.length).toBeGreaterThan(0);
      expect(f.target.length).toBeGreaterThan(0);
    }
  });

  it('maps verb lemmas to their classes, a verb may belong to two', () => {
    expect(triggerClasses('export')).toEqual(['supply']);
    expect([...triggerClasses('place')].sort()).toEqual(['impose', 'list']);
    expect(triggerClasses('walk')).toEqual([]);
  });
});
