/** "Did you mean": the names nearest to one that matched no entity. */
import { describe, expect, it } from 'vitest';
import { nearestNames } from '../../../client/src/search/nearest-names.js';
import type { GraphNode } from '../../../client/src/api.js';

const node = (id: string, name: string, aliases: string[] = [], degree = 1): GraphNode => ({ id, name, kind: 'company', aliases, degree, sanctioned: false });
const nodes = [
  node('russia', 'Russia', ['Russian Federation'], 20),
  node('belarus', 'Belarus'),
  node('varukia', 'Republic of Varukia', ['Varukia']),
  node('quill', 'Quillfeather Dynamics'),
];

describe('nearestNames', () => {
  it('finds a name through a typo, an alias, or the start of a longer name', () => {
    expect(nearestNames('Rusia', nodes).map((n) => n.id)).toEqual(['russia']);
    expect(nearestNames('Varukai', nodes).map((n) => n.id)).toEqual(['varukia']);
    expect(nearestNames('Quilfeather', nodes).map((n) => n.id)).toEqual(['quill']);
  });

  it('offers nothing for a name unlike any', () => {
    expect(nearestNames('Zanzibar Shipping', nodes)).toEqual([]);
    expect(nearestNames('  ', nodes)).toEqual([]);
  });
});
