/** The console's pure parts: error positions from both engines, the history, parameter names, cell text. */
import { describe, expect, it } from 'vitest';
import { errorPosition } from '../../client/src/console/error-position.js';
import { addToHistory, HISTORY_KEY, loadHistory, type HistoryEntry } from '../../client/src/console/history.js';
import { parseParams, queryParameterNames } from '../../client/src/console/params-panel.js';
import { cellText, resultCsv } from '../../client/src/console/result-cells.js';

describe('errorPosition', () => {
  it('reads LadybugDB positions, whose offset counts within the line', () => {
    const q = 'MATCH (a:Entity)\nRETURN a.name AS name\nORDR BY name';
    const msg = 'Parser exception: Invalid input <\nORDR>: expected rule iC_Statements (line: 3, offset: 0)\n"ORDR BY name"';
    expect(errorPosition(msg, q)).toEqual({ line: 3, column: 1, offset: q.indexOf('ORDR') });
    expect(errorPosition('Invalid input <MATCH (a:Entity RETURN>: expected rule oC_SingleQuery (line: 1, offset: 16)', 'MATCH (a:Entity RETURN a'))
      .toEqual({ line: 1, column: 17, offset: 16 });
  });

  it('reads Neo4j positions, whose offset is absolute', () => {
    const q = 'MATCH (a)\nRETUR a';
    expect(errorPosition("Invalid input 'RETUR': expected ... (line 2, column 1 (offset: 10))", q)).toEqual({ line: 2, column: 1, offset: 10 });
  });

  it('is null when the message names no position', () => {
    expect(errorPosition('Binder exception: Cannot find property nme for a.', 'x')).toBeNull();
  });
});

describe('history', () => {
  const e = (query: string, at: string, params: Record<string, unknown> = {}): HistoryEntry => ({ query, params, at });

  it('puts the newest first, moves a repeated run up instead of repeating it, and keeps at most `size`', () => {
    let h: HistoryEntry[] = [];
    h = addToHistory(h, e('A', '1'));
    h = addToHistory(h, e('B', '2'));
    h = addToHistory(h, e('A ', '3'));
    expect(h.map((x) => x.at)).toEqual(['3', '2']);
    h = addToHistory(h, e('A', '4', { x: 1 }));
    expect(h.map((x) => x.at)).toEqual(['4', '3', '2']);
    expect(addToHistory(h, e('C', '5'), 2).map((x) => x.query)).toEqual(['C', 'A']);
  });

  it('reads back what was saved and treats anything malformed as empty', () => {
    const store = (v: string | null) => ({ getItem: (k: string) => (k === HISTORY_KEY ? v : null) });
    expect(loadHistory(store(JSON.stringify([e('A', '1'), { query: 3 }])))).toEqual([e('A', '1')]);
    expect(loadHistory(store('{not json'))).toEqual([]);
    expect(loadHistory(store(null))).toEqual([]);
  });
});

describe('parameters', () => {
  it('lists the $names a query uses, not those inside strings or comments', () => {
    expect(queryParameterNames("MATCH (a {id: $id}) // $nope\nWHERE a.name = '$no' AND a.country IN $countries RETURN $id")).toEqual(['id', 'countries']);
  });

  it('accepts a JSON object or nothing, and says what is wrong otherwise', () => {
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('{"country": "RU"}')).toEqual({ params: { country: 'RU' } });
    expect(parseParams('[1]')).toHaveProperty('error');
    expect(parseParams('{country: RU}')).toHaveProperty('error');
  });
});

describe('cellText', () => {
  const node = (name: string) => ({ _kind: 'node', id: '0:1', labels: ['Entity'], properties: { id: name.toLowerCase(), name } });
  const rel = { _kind: 'relationship', id: '5:1', type: 'SHIPPED_TO', start: '0:1', end: '0:2', properties: { sources: 2 } };

  it('names nodes, relationships and paths the way Cypher draws them', () => {
    expect(cellText(node('DJI'))).toBe('(DJI:Entity)');
    expect(cellText(rel)).toBe('[:SHIPPED_TO · 2 sources]');
    expect(cellText({ _kind: 'path', nodes: [node('DJI'), node('Russia')], relationships: [rel] })).toBe('(DJI:Entity)-[:SHIPPED_TO]->(Russia:Entity)');
    expect(cellText([1, null, 'a'])).toBe('[1, null, a]');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  it('writes the result as CSV with quoting', () => {
    expect(resultCsv(['a', 'b'], [['x,y', 2], ['say "hi"', null]])).toBe('a,b\r\n"x,y",2\r\n"say ""hi""",null\r\n');
  });
});

describe('the starting example', () => {
  it('needs no parameters and passes the console lint, in both dialects', async () => {
    const { lintCypherQuery } = await import('@neo4j-cypher/language-support');
    const { loadExamples } = await import('../../server/cypher-examples.js');
    const { graphSchema } = await import('../../client/src/console/cypher-language.js');
    const { starterExample } = await import('../../client/src/console/starter-example.js');
    for (const dialect of ['embedded', 'neo4j'] as const) {
      const start = starterExample(loadExamples(dialect));
      expect(start, dialect).not.toBeNull();
      expect(start!.params, dialect).toEqual({});
      expect(lintCypherQuery(start!.query, graphSchema({})).diagnostics, `${dialect}: ${start!.name}`).toEqual([]);
    }
  });
});

describe('errorPosition of the console gate', () => {
  it('reads "at line L, column C:" as the gate writes it', () => {
    const q = 'MATCH (a)\n  MATC (b) RETURN b';
    expect(errorPosition('syntax error at line 2, column 3: a query starts with …', q)).toEqual({ line: 2, column: 3, offset: q.indexOf('MATC (b)') });
  });
});
