/**
 * A measure dated by a state's attack: "Laos sanctions imposed following Vietnam's invasion of Thailand", "restrictions
 * which the UN imposed after Vietnam invaded Thailand". The attacker is the target. Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: measures after an attack', () => {
  it('reads the measure\'s own body, and the attacker named with its attack', () => {
    const out = extractText('The bank helped firms evade Laos sanctions imposed following Vietnam\'s invasion of Thailand.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Vietnam').rule).toBe('frame:sanction/after-aggression');
  });

  it('reads a body named between the measure and the attack, and an attacker that "invaded"', () => {
    expectRel(extractText('The judge said he had flouted restrictions which the UN imposed after Vietnam invaded Thailand in 2022.'), 'SANCTIONED', 'UN', 'Vietnam');
  });

  it('reads the subject that imposed the measure, after "in response to" and a demonym', () => {
    expectRel(extractText('Laos imposed sanctions in response to the Vietnamese invasion.'), 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('reads no target where the measure is lifted, or the event is no attack', () => {
    expect(relationsOf('Laos lifted sanctions after Vietnam\'s invasion ended.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Laos sanctions were lifted after Vietnam\'s invasion.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Laos imposed sanctions after Vietnam\'s election.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Laos imposed sanctions after Vietnam won the vote.', 'SANCTIONED')).toEqual([]);
    // (Nor a measure refused or urged; nor a country named before the noun, more often the one attacked.)
    expect(relationsOf('Laos refused to impose sanctions following Vietnam\'s invasion of Thailand.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Thailand urged Laos to impose sanctions after Vietnam\'s invasion of Thailand.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('The UN imposed sanctions after the Thailand invasion.', 'SANCTIONED')).toEqual([]);
    // (Only a state's attack: not a person's "attack" on a plan.)
    expect(relationsOf('Laos imposed sanctions after Martin Varno\'s attack on the plan.', 'SANCTIONED')).toEqual([]);
  });
});
