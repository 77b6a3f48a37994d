/**
 * "he", "she", "his", "her" where the last sentences name several people, shown with sentences written for the test
 * (invented names): the pronoun refers to the one person the sentence right before was about (its only person
 * acting), unless that person's given name is of the other gender ("she" is not Martin) or an officer of the case;
 * where that sentence has two people acting, or none, it refers to no one. A noun for a person ("the
 * defendant") is left as it was: it does not go to whoever acted in the sentence before.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const OPENING = 'Laos sanctioned two nationals, Irina Olskaya and Martin Varno, for fuel trading.';

describe('discourse: a pronoun for one of several people', () => {
  it('refers to the person the sentence before was about', () => {
    const out = extractText(`${OPENING}\n\nIrina Olskaya became a target in March. She keeps a hand in the trade by way of her ownership and control of Halvern Energy and Orvel Trading.`);
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Energy', 'Irina Olskaya');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Halvern Energy', 'Martin Varno');
  });

  it('refers to no one where the sentence before has two people acting', () => {
    const out = extractText(`${OPENING}\n\nIrina Olskaya and Martin Varno met in March. She keeps a hand in the trade through her ownership of Halvern Energy.`);
    expectNoRel(out, 'SUBSIDIARY_OF', 'Halvern Energy', 'Irina Olskaya');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Halvern Energy', 'Martin Varno');
  });

  it('takes no person a noun describes ("the defendant") from the sentence before, a prosecutor there', () => {
    const out = extractText('Laos charged Martin Varno and Tomas Varno in May. Prosecutor Vera Kestrova filed the case. The defendant shipped drones to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Vera Kestrova', 'Vietnam');
  });

  it('refers to no one of the other gender by given name, nor to an officer of the case', () => {
    const a = extractText('Martin Varno and Irina Olskaya were sanctioned by Laos. Varno became a target in March. She keeps a stake in Brask Logistics.');
    expectNoRel(a, 'SUBSIDIARY_OF', 'Brask Logistics', 'Martin Varno');
    const b = extractText('Tomas Varno and Irina Olskaya were charged. Prosecutor Pavel Dorin is handling the case. He is accused of shipping drones to Vietnam.');
    expectNoRel(b, 'SHIPPED_TO', 'Pavel Dorin', 'Vietnam');
  });
});
