import { describe, expect, it } from 'vitest';
import { AnswerError, readAnswer } from '../../../server/extract/model/read-answer.js';

const rel = { type: 'SHIPPED_TO', source: 'A Ltd', target: 'B LLC', quote: 'A Ltd sold drones to B LLC.' };

describe('readAnswer', () => {
  it('reads plain JSON', () => {
    const a = readAnswer(JSON.stringify({ entities: [{ name: 'A Ltd', kind: 'company', aliases: ['A'] }], relations: [rel] }));
    expect(a).toEqual({ entities: [{ name: 'A Ltd', kind: 'company', aliases: ['A'] }], relations: [rel], malformed: 0 });
  });

  it('reads JSON after a preamble, in a fence, with single quotes and trailing commas', () => {
    const a = readAnswer("Sure:\n```json\n{'entities': [], 'relations': [{'type': 'shipped to', 'source': 'A Ltd', 'target': 'B LLC', 'quote': 'A Ltd sold drones to B LLC.',},],}\n```");
    expect(a.relations).toEqual([rel]);
  });

  it('skips and counts relations of an unknown type or with a field missing; unknown kinds become null', () => {
    const a = readAnswer(JSON.stringify({
      entities: [{ name: 'X', kind: 'spaceship' }, { kind: 'company' }],
      relations: [rel, { ...rel, type: 'LOVES' }, { ...rel, quote: '' }, 'nonsense'],
    }));
    expect(a.entities).toEqual([{ name: 'X', kind: null, aliases: [] }]);
    expect(a.relations).toEqual([rel]);
    expect(a.malformed).toBe(3);
  });

  it('refuses text that holds no answer, and an answer cut short before its relations', () => {
    expect(() => readAnswer('I cannot help with that.')).toThrow(AnswerError);
    expect(() => readAnswer('{"entities": [{"name": "A", "kind": "comp')).toThrow(/no "relations" list/);
    expect(() => readAnswer('[1, 2]')).toThrow(AnswerError);
  });
});
