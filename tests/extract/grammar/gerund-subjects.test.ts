/**
 * Who does what a gerund says, shown with sentences written for the test (invented names): after "for" or "with" the
 * object of the verb before it ("fined A for shipping", "charged A with shipping"), after "by" the verb's own subject
 * ("B took a port by shipping troops"), since a means is the agent's doing, not its object's; and "who" after a
 * country is the person named before it.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the subject of a gerund', () => {
  it('gives "by V-ing" the subject of the verb it qualifies, not that verb\'s object', () => {
    const out = extractText('Velkor Trading won the tender in 2019 when Belarus seized the Dnieper Delta by selling its cranes to Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Belarus', 'Russia').rule).toBe('frame:supply/active');
    expect(out.relations.filter((r) => (r.rule ?? '').startsWith('frame:') && out.entities.find((e) => e.id === r.source)?.name === 'Dnieper Delta')).toEqual([]);
    const means = extractText('Velkor Trading met the deadline by shipping its cranes to Ostrel Logistics.');
    expect(expectRel(means, 'SHIPPED_TO', 'Velkor Trading', 'Ostrel Logistics').rule).toBe('frame:supply/active');
    // "for V-ing" still gives the object: the one fined did the shipping.
    expectRel(extractText('The court fined Velkor Trading for shipping cranes to Ostrel Logistics.'), 'SHIPPED_TO', 'Velkor Trading', 'Ostrel Logistics');
  });

  it('gives "charged A with V-ing" A as the subject, and "who" after a country the person named before it', () => {
    const charged = extractText('Prosecutors charged Velkor Ltd with shipping gearboxes to Belarus.');
    expect(expectRel(charged, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus').rule).toBe('frame:supply/active');
    const out = extractText('The judges agreed to extradite Latvian national Pavel Dorin to the USA who is now charged with selling chips to Belarus, the minister said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pavel Dorin', 'Belarus').rule).toBe('frame:supply/active');
    // The country someone is sent to supplies nothing (neither layer reads it so), whatever the sentence goes on to name.
    expectNoRel(out, 'SHIPPED_TO', 'United States', 'Belarus');
    const named = extractText('The judges agreed to extradite Latvian national Pavel Dorin to the USA who is now charged with selling chips to Belarus, Justice and Digital Minister Dana Ivo (Unity 200) said on Thursday.');
    const usa = named.entities.find((e) => e.name === 'United States')?.id;
    expect(named.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === usa)).toEqual([]);
  });
  it('gives "B blacklisted A, accusing it of V-ing" A as the subject, not a name the sentences before made the topic', () => {
    const out = extractText('Orvex Ltd sells radios. The US Treasury blacklisted Tarsin Ltd, accusing it of supplying servomotors to Velkor Ltd.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Velkor Ltd').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Orvex Ltd', 'Velkor Ltd');
  });
  it('joins "and has since delivered G to B" to the clause before a subordinate one: "A used G in an attack as the ship sailed off P"', () => {
    const out = extractText('Officials said that Iran used the Kestrel-7 in a raid on a tanker as it sailed off Malta and has since delivered the weapon to Orvex fighters in Yemen.');
    expect(expectRel(out, 'SHIPPED_TO', 'Iran', 'Orvex').rule).toBe('frame:supply/active');
    // (The country the other clause sailed off is no supplier.)
    expectNoRel(out, 'SHIPPED_TO', 'Malta', 'Orvex');
  });
});

describe('grammar: an aside in parentheses before the verb', () => {
  it('reads "A, B and C unknowingly (or perhaps knowingly) supplied G to D" in the grammar, every name a supplier', () => {
    const out = extractText('Halvern Group, Brask Logistics and Tessaly Optics quietly (and maybe with open eyes) delivered sonar parts to Kestrova Trading.');
    for (const name of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) {
      expect(expectRel(out, 'SHIPPED_TO', name, 'Kestrova Trading').rule).toBe('frame:supply/active');
    }
  });

  it('keeps a parenthesis the name before it holds: "the Laotian Export Office (LEO) added A to its list"', () => {
    const out = extractText('The Laotian Export Office (LEO) added Halvern Group to its sanctions list on Monday.');
    expect(expectRel(out, 'SANCTIONED', 'Laotian Export Office', 'Halvern Group').rule).toBe('frame:list/active');
  });
});

describe('grammar: "were (allegedly) involved in V-ing" with the tagger\'s adjective', () => {
  it('reads "A and B were reportedly involved in sending G to C" as both supplying C', () => {
    const out = extractText('Halvern Air and Brask Trading were reportedly involved in sending rifles to Mongolia.');
    for (const a of ['Halvern Air', 'Brask Trading']) expect(expectRel(out, 'SHIPPED_TO', a, 'Mongolia').rule).toBe('frame:supply/active');
    // (With a counted description inside the list.)
    const listed = extractText('Halvern Air, three Laotian officials and Brask Trading were reportedly involved in sending rifles to Mongolia.');
    expect(expectRel(listed, 'SHIPPED_TO', 'Halvern Air', 'Mongolia').rule).toBe('frame:supply/active');
  });
});
