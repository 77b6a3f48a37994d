/** The export formats: one writer each, all reading an ExportSource page by page. */
import type { Correction } from '../archive/corrections.js';
import { CURATED } from '../corrections/apply.js';
import type { RelationProps } from '../domain/types.js';
import type { StoreKind } from '../store/graph-store.js';
import { csvZipExport } from './csv.js';
import { cypherExport } from './cypher-script.js';
import { graphmlExport } from './graphml.js';
import { jsonExport } from './json.js';
import type { ExportSource } from './source.js';

export interface ExportInfo {
  exportedAt: string;
  store: StoreKind;
  /** The correction log, carried by the formats that can hold it (JSON, GraphML). */
  corrections?: readonly Correction[];
}

/** Whether a relation is the extractor's alone, or was added or confirmed by a person (a correction marked it). */
export function relationOrigin(props: RelationProps): 'extracted' | 'person' {
  return props[CURATED] === true ? 'person' : 'extracted';
}

export interface ExportFormat {
  contentType: string;
  extension: string;
  write: (src: ExportSource, info: ExportInfo) => AsyncGenerator<string | Uint8Array>;
}

export const EXPORT_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', write: jsonExport },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: graphmlExport },
  csv: { contentType: 'application/zip', extension: 'zip', write: csvZipExport },
  cypher: { contentType: 'text/plain; charset=utf-8', extension: 'cypher', write: cypherExport },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
