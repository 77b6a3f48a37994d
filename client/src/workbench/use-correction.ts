/**
 * Making a correction from any panel: sends it (the write token is asked for once when the server wants one), keeps
 * the refusal's message to show, and tells every view of the graph to read it again.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, correct, listCorrections, type CorrectionEntry, type CorrectionRequest } from '../api.js';
import { graphChanged, useGraphVersion } from '../data/graph-version.js';

export interface Correction {
  /** Sends `req` (with `reason` when given); the recorded correction, or null when it was refused. */
  run: (req: CorrectionRequest, reason?: string) => Promise<CorrectionEntry | null>;
  /** Why the last correction was refused. */
  error: string | null;
  busy: boolean;
}

export function useCorrection(): Correction {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (req: CorrectionRequest, reason?: string) => {
    setError(null);
    setBusy(true);
    try {
      const { correction } = await correct({ ...req, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
      graphChanged();
      return correction;
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy };
}

/** The corrections about an entity, relation or article, read again after each change to the graph. */
export function useCorrectionLog(target: string): CorrectionEntry[] {
  const [log, setLog] = useState<CorrectionEntry[]>([]);
  const version = useGraphVersion();
  useEffect(() => {
    const ctl = new AbortController();
    listCorrections(target, ctl.signal).then(setLog, () => setLog([]));
    return () => ctl.abort();
  }, [target, version]);
  return log;
}
