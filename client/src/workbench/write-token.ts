/**
 * Asks for the server's write token the first time a write is refused for want of it, and keeps it for the tab, so a
 * person is asked once. Imported for its effect by root.tsx.
 */
import { setWriteTokenSource } from '../api.js';

const KEY = 'supply-graph:write-token';
let offeredSaved = false;

setWriteTokenSource(async () => {
  const saved = sessionStorage.getItem(KEY);
  if (saved && !offeredSaved) {
    offeredSaved = true;
    return saved;
  }
  const given = window.prompt('This server needs its write token (WRITE_TOKEN) to add documents or make corrections:')?.trim();
  if (!given) return null;
  sessionStorage.setItem(KEY, given);
  return given;
});
