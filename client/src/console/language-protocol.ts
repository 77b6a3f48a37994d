/** Messages between the console's editor and the Cypher language worker (cypher-worker.ts). */

export interface LanguageRequest {
  id: number;
  op: 'highlight' | 'complete' | 'lint';
  doc: string;
  /** Labels, relationship types, property keys and parameters, as @neo4j-cypher/language-support's DbSchema. */
  schema: unknown;
  pos?: number;
  explicit?: boolean;
}

export type LanguageResponse = { id: number; result: unknown[] } | { id: number; error: string };

export interface WorkerToken {
  from: number;
  length: number;
  type: string;
}

export interface WorkerCompletion {
  label: string;
  /** LSP completion kind. */
  kind: number;
  detail?: string;
  documentation?: string;
}

export interface WorkerDiagnostic {
  from: number;
  to: number;
  /** LSP severity 1. */
  error: boolean;
  message: string;
}
