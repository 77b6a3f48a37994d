/**
 * Stopping or going on with a trade presupposes it, whatever is asked or tried about the stopping: "urged A to stop
 * selling G to B" says A sells G to B. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: an activity presupposed by "stop" or "keep"', () => {
  it('reads "is trying to persuade A to stop selling G to B" and "urged A to stop selling G to B"', () => {
    expect(expectRel(extractText('Vietnam is trying to persuade Laos to stop selling drones to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/active');
    expect(expectRel(extractText('Vietnam urged Laos to stop selling drones to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/active');
  });

  it('reads "tried to keep supplying G to B"', () => {
    expect(expectRel(extractText('Laos tried to keep supplying drones to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/active');
  });

  it('draws nothing for an activity only urged to start, or urged not to happen', () => {
    expect(relationsOf('Vietnam urged Laos to start selling drones to Mongolia.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Vietnam urged Laos not to sell drones to Mongolia.', 'SHIPPED_TO')).toEqual([]);
  });
});
