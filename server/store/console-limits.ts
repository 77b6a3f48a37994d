/**
 * Limits a console statement must meet before any database parses it, shared by both stores (called from
 * `vetConsoleStatement`). Each guards against a measured failure of LadybugDB 0.19 that its own query timeout cannot
 * stop, because the work happens while the statement is prepared (constant folding) or crashes the process outright:
 *
 * - nesting: `RETURN [[[…]]]` takes time cubic in its depth to prepare (depth 100: 0.45 s, 200: 3 s, 400: 46 s) and
 *   crashes the process (SIGSEGV) at a few thousand;
 * - operator chains: `1+1+…` or `a OR b OR …` name their column after the whole expression, quadratic in its length
 *   (4,000 ORs: 2.8 s and 700 MB);
 * - SKIP: `ORDER BY … SKIP n LIMIT m` crashes the process (SIGSEGV) once n passes the row count by about 58,000;
 * - parameters: the binding converts them on the main thread in time exponential in their nesting depth;
 * - sizes known while preparing: `range(1, 10000000)` or `repeat('x', 1e8)` is built at prepare time, at about 300
 *   bytes and 1.4 µs per element, outside the timeout and outside the buffer pool (range(1,1e7): over 3 GB).
 *
 * Ranges over data (`range(0, size(nodes(p)) - 1)`) are built while the query runs, fast and under the timeout.
 */
import { InputError } from '../domain/errors.js';
import { nestsDeeperThan } from '../domain/json-depth.js';

export const CONSOLE_LIMITS = {
  /** Characters in one statement. */
  maxLength: 20_000,
  /** Brackets `(`, `[`, `{` open at once. Depth 32 prepares in under 70 ms. */
  maxDepth: 32,
  /** Binary operators and AND/OR/XOR in one statement. 1,000 prepare in about 0.1 s. */
  maxOperators: 1_000,
  /** Largest SKIP. */
  maxSkip: 10_000,
  /** Elements the statement's range() calls with literal bounds make together (their sizes multiplied). */
  maxRangeElements: 100_000,
  /** Largest literal length given to repeat(), lpad(), rpad(). */
  maxStringLength: 1_000_000,
  /**
   * Deepest nesting of lists and maps in a parameter value. The binding converts parameters on the main thread in
   * time exponential in their depth (20: milliseconds; 24: 35 s, with every other request waiting).
   */
  maxParamDepth: 12,
} as const;

interface LimitToken {
  kind: string;
  text: string;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const OPERATOR_PUNCT = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>']);
const OPERATOR_WORDS = new Set(['AND', 'OR', 'XOR']);

/** Functions whose result size is one of their arguments: name → indexes of the size arguments. */
const SIZED = new Map<string, 'range' | number>([['range', 'range'], ['repeat', 1], ['lpad', 1], ['rpad', 1]]);

const refuse = (code: string, message: string) => new InputError(code, message, 400);

/** A number literal's value (`1_000` is 1000). */
const numberValue = (text: string) => Number(text.replace(/_/g, ''));

/**
 * The value of a size argument when it is known before the query runs: integer literals and parameters joined by `+`
 * and `-`, in parentheses or not. `null` when it depends on data: then it may use only `size(…)`/`length(…)` of a
 * variable or property plus such literals, so the engine builds it at run time, under the timeout.
 */
function staticValue(arg: LimitToken[], params: Record<string, unknown>, fn: string): number | null {
  let total = 0;
  let sign = 1;
  let dataBound = false;
  let expectTerm = true;
  const bad = () => refuse('console_limit',
    `${fn}() takes a size made of numbers, $parameters and size()/length() of a value, joined by + and - ` +
    `(got "${arg.map((t) => t.text).join(' ').slice(0, 80)}"); a size computed otherwise could not be bounded before it runs`);
  for (let i = 0; i < arg.length; i++) {
    const t = arg[i];
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')')) continue;
    if (expectTerm && t.kind === 'punct' && (t.text === '-' || t.text === '+')) {
      if (t.text === '-') sign = -sign;
      continue;
    }
    if (!expectTerm) {
      if (t.kind === 'punct' && (t.text === '+' || t.text === '-')) {
        sign = t.text === '-' ? -1 : 1;
        expectTerm = true;
        continue;
      }
      throw bad();
    }
    if (t.kind === 'number') {
      total += sign * numberValue(t.text);
    } else if (t.kind === 'param') {
      const v = params[t.text];
      if (typeof v !== 'number') throw bad();
      total += sign * v;
    } else if (t.kind === 'word' && /^(size|length)$/i.test(t.text) && arg[i + 1]?.text === '(') {
      // size(x) / length(x.p) / size(nodes(p)): up to the matching bracket, no literal sizes inside.
      let depth = 0;
      let j = i + 1;
      for (; j < arg.length; j++) {
        if (arg[j].text === '(') depth++;
        else if (arg[j].text === ')' && --depth === 0) break;
        else if (arg[j].kind === 'number' || arg[j].kind === 'string' || arg[j].text === '[') throw bad();
      }
      i = j;
      dataBound = true;
    } else {
      throw bad();
    }
    sign = 1;
    expectTerm = false;
  }
  return dataBound ? null : total;
}

/** Whether the word SKIP at `i` is the clause, not a property (`n.skip`), map key, alias (`AS skip`) or variable. */
function isSkipClause(tokens: LimitToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after) return false;
  if (before.kind === 'punct' && before.text !== ')' && before.text !== ']' && before.text !== '}') return false;
  if (before.kind === 'word' && /^(AS|BY|RETURN|WITH|DISTINCT|AND|OR|XOR|NOT|IN|WHERE|UNWIND)$/i.test(before.text)) return false;
  return !(after.kind === 'punct' && (after.text === ':' || after.text === ',' || after.text === ')' || after.text === '.'));
}

/** Splits the tokens of a call's argument list (after its `(`) at top-level commas; returns them and the end index. */
function callArgs(tokens: LimitToken[], open: number): { args: LimitToken[][]; end: number } {
  const args: LimitToken[][] = [[]];
  let depth = 0;
  let i = open + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && OPEN.has(t.text)) depth++;
    if (t.kind === 'punct' && CLOSE.has(t.text)) {
      if (depth === 0) break;
      depth--;
    }
    if (depth === 0 && t.kind === 'punct' && t.text === ',') args.push([]);
    else args[args.length - 1].push(t);
  }
  return { args, end: i };
}

/**
 * Refuses, with a 400 that names the limit, a statement that could exhaust the server before the engine's timeout
 * applies. `tokens` are the statement's (comments and whitespace dropped); `params` the values sent with it.
 */
export function checkConsoleLimits(query: string, tokens: LimitToken[], params: Record<string, unknown>): void {
  const L = CONSOLE_LIMITS;
  for (const [name, value] of Object.entries(params)) {
    if (nestsDeeperThan(value, L.maxParamDepth)) {
      throw refuse('params_too_deep', `parameter $${name} nests lists or maps more than ${L.maxParamDepth} deep; the console takes at most ${L.maxParamDepth}`);
    }
  }
  if (query.length > L.maxLength) {
    throw refuse('query_too_long', `the query is ${query.length.toLocaleString('en')} characters; the console takes at most ${L.maxLength.toLocaleString('en')}`);
  }
  let depth = 0;
  let operators = 0;
  let rangeElements = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && OPEN.has(t.text)) {
      if (++depth > L.maxDepth) {
        throw refuse('query_too_deep', `the query nests brackets more than ${L.maxDepth} deep; the console refuses deeper nesting, which the database parses too slowly`);
      }
    } else if (t.kind === 'punct' && CLOSE.has(t.text)) {
      depth = Math.max(0, depth - 1);
    } else if ((t.kind === 'punct' && OPERATOR_PUNCT.has(t.text)) || (t.kind === 'word' && OPERATOR_WORDS.has(t.text.toUpperCase()))) {
      if (++operators > L.maxOperators) {
        throw refuse('query_too_complex', `the query has more than ${L.maxOperators} operators; split it, or pass the values as a list $parameter and use IN`);
      }
    } else if (t.kind === 'word' && t.text.toUpperCase() === 'SKIP' && isSkipClause(tokens, i)) {
      const n = tokens[i + 1];
      const value = n?.kind === 'number' ? numberValue(n.text) : n?.kind === 'param' ? params[n.text] : undefined;
      const then = tokens[i + 2];
      if (typeof value !== 'number' || !Number.isInteger(value) || (then?.kind === 'punct' && OPERATOR_PUNCT.has(then.text))) {
        throw refuse('console_limit', 'SKIP takes a whole number or a $parameter holding one');
      }
      if (value > L.maxSkip) {
        throw refuse('console_limit', `SKIP ${value} is over the console's limit of ${L.maxSkip.toLocaleString('en')}; narrow the query with WHERE or ORDER BY … instead`);
      }
    } else if (t.kind === 'word' && tokens[i + 1]?.text === '(' && tokens[i - 1]?.text !== '.' && SIZED.has(t.text.toLowerCase())) {
      const fn = t.text.toLowerCase();
      const { args } = callArgs(tokens, i + 1);
      const kind = SIZED.get(fn)!;
      if (kind === 'range') {
        const [start, end, step] = [args[0], args[1], args[2]].map((a) => (a?.length ? staticValue(a, params, fn) : undefined));
        if (start === undefined || end === undefined) continue; // the engine reports the missing argument
        if (start === null || end === null || step === null) continue; // sized by data: built at run time
        const by = step ?? 1;
        const count = by === 0 ? Infinity : Math.max(0, Math.floor((end - start) / by) + 1);
        rangeElements *= Math.max(1, count);
        if (!(rangeElements <= L.maxRangeElements)) {
          throw refuse('console_limit',
            `the query's range() calls make ${Number.isFinite(rangeElements) ? rangeElements.toLocaleString('en') : 'unboundedly many'} values; the console's limit is ${L.maxRangeElements.toLocaleString('en')} (sizes of nested or successive ranges multiply)`);
        }
      } else {
        const size = args[kind]?.length ? staticValue(args[kind], params, fn) : undefined;
        if (typeof size === 'number' && size > L.maxStringLength) {
          throw refuse('console_limit', `${fn}() of ${size.toLocaleString('en')} characters is over the console's limit of ${L.maxStringLength.toLocaleString('en')}`);
        }
      }
    }
  }
}
