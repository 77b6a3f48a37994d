/** Named errors. The HTTP error handler (server/app.ts) maps each to a status; nothing else does. */

/** The caller sent something unusable (empty, binary, too large, malformed). Maps to 400/413/422. */
export class InputError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status: 400 | 404 | 413 | 415 | 422 = 400,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A statement the caller may not run (a write through the read-only console). Maps to 403. */
export class ForbiddenError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The database refused or failed a statement. Maps to 400 for query errors the caller wrote, else 503. */
export class StoreError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly userFacing = false,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A query ran past its time limit and was cancelled. Maps to 408. */
export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** The language model endpoint failed: unreachable, timed out, refused the request or answered nonsense. Maps to 502/503. */
export class ModelError extends Error {
  constructor(
    public readonly code: 'model_unreachable' | 'model_rejected' | 'model_timeout' | 'model_error' | 'model_answer' | 'model_budget',
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

/** The server is at capacity (the extraction queue is full); the caller should retry after `retryAfterS`. Maps to 503. */
export class BusyError extends Error {
  constructor(message: string, public readonly retryAfterS: number) {
    super(message);
    this.name = 'BusyError';
  }
}
