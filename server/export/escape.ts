/** Escaping for the export formats: XML text and attributes, CSV cells, Cypher literals. */

/** Characters XML 1.0 cannot carry at all (control characters, non-characters, lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value for XML: markup characters escaped, characters XML cannot carry dropped. */
export function xml(s: string): string {
  return s.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP advises, so opening
 * an export in a spreadsheet never executes anything. Numbers and booleans are written as they are.
 */
function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * A Cypher literal that both Neo4j and LadybugDB read back exactly: strings in single quotes with backslash escapes
 * (control characters and line breaks as \uXXXX or \n, so each statement stays on one line), integers and floats,
 * booleans, NULL and lists.
 */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as a Cypher literal`);
    // Both dialects read `1.5` and `1e21`; neither reads `1e+21`.
    return String(v).replace('e+', 'e');
  }
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'string') return `'${cypherString(v)}'`;
  throw new Error(`cannot write a ${typeof v} as a Cypher literal`);
}

function cypherString(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) {
      // Lone surrogates cannot be encoded in UTF-8: the replacement character keeps the script valid.
      out += c >= 0xd800 && c <= 0xdfff ? '\\uFFFD' : `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}
