/**
 * "Chemical firms linked to two tycoons, including A and B, supplied G": the list after "including" gives the people
 * the firms are tied to, not the firms, so A and B supply nothing; a list of firms ("Four companies, including A and
 * B, supplied G") stays the suppliers. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('flows: people listed after the firms tied to them', () => {
  it('takes no person of the list as a supplier', () => {
    const out = extractText('Chemical companies linked to two sanctioned tycoons, including Martin Varno and Pavel Dorin, provided most of the acid delivered to Russian plants.');
    expectNoRel(out, 'SHIPPED_TO', 'Martin Varno', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Pavel Dorin', 'Russia');
  });

  it('does so after a passive\'s agent too', () => {
    const out = extractText('Acid was supplied to Russia by firms linked to two tycoons, including Martin Varno and Pavel Dorin.');
    expectNoRel(out, 'SHIPPED_TO', 'Martin Varno', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Pavel Dorin', 'Russia');
  });

  it('reads the participle\'s agent, not the subject, as what announces the list', () => {
    const out = extractText('Firms owned by two sanctioned tycoons, including Martin Varno and Pavel Dorin, supplied acid to Russia.');
    expectNoRel(out, 'SHIPPED_TO', 'Martin Varno', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Pavel Dorin', 'Russia');
    const run = extractText('Companies run by two businessmen, including Martin Varno and Pavel Dorin, sold drones to Russia.');
    expectNoRel(run, 'SHIPPED_TO', 'Pavel Dorin', 'Russia');
  });

  it('keeps a list of firms as the suppliers', () => {
    const out = extractText('Four companies, including Halvern Group and Brask Logistics, supplied acid to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Russia');
  });

  it('keeps people listed after a word for people, and firms listed after firms tied to someone', () => {
    const traders = extractText('The EU sanctioned three traders who shipped fuel to Russia, including Pavel Dorin and Martin Varno.');
    expectRel(traders, 'SANCTIONED', 'EU', 'Pavel Dorin');
    expectRel(traders, 'SANCTIONED', 'EU', 'Martin Varno');
    expectRel(extractText('Firms linked to Pavel Dorin, such as Halvern Group, shipped drones to Russia.'), 'SHIPPED_TO', 'Halvern Group', 'Russia');
  });
});
