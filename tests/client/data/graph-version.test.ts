/** The tab's count of corrections: every listener hears each change until it stops listening. */
import { describe, expect, it } from 'vitest';
import { graphChanged, onGraphChange } from '../../../client/src/data/graph-version.js';

describe('graph version', () => {
  it('tells each listener of every change, and stops when asked', () => {
    const heard: string[] = [];
    const stopA = onGraphChange(() => heard.push('a'));
    const stopB = onGraphChange(() => heard.push('b'));
    graphChanged();
    stopA();
    graphChanged();
    stopB();
    graphChanged();
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
