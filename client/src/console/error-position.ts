/** Where a query error happened, read from the database's message: both engines state a line and an offset. */

/** Offset of the first character of 1-based `line` in `text`. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

export interface ErrorPosition {
  /** 1-based line and column, as shown to the reader. */
  line: number;
  column: number;
  /** 0-based offset into the query. */
  offset: number;
}

/**
 * The position an engine error message names, or null. Neo4j: `(line 2, column 5 (offset: 17))`, offset absolute.
 * LadybugDB: `(line: 2, offset: 4)`, the offset counted within the line.
 */
export function errorPosition(message: string, query: string): ErrorPosition | null {
  const neo = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (neo) {
    const offset = Math.min(Number(neo[3]), query.length);
    return { line: Number(neo[1]), column: Number(neo[2]), offset };
  }
  // The console's own gate (store/console.ts on the server): `syntax error at line 1, column 1: …`.
  const gate = /at line (\d+), column (\d+):/.exec(message);
  if (gate) {
    const line = Number(gate[1]);
    const column = Number(gate[2]);
    return { line, column, offset: Math.min(lineStart(query, line) + column - 1, query.length) };
  }
  const lbug = /line: (\d+), offset: (\d+)/.exec(message);
  if (lbug) {
    const line = Number(lbug[1]);
    const col = Number(lbug[2]);
    return { line, column: col + 1, offset: Math.min(lineStart(query, line) + col, query.length) };
  }
  return null;
}
