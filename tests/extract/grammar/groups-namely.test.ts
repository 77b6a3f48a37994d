/**
 * Groups a measure names with "namely" or one by one, and measures named by what they bar: "imposed asset freezes and entry bans on
 * a number of prison governors in charge of the camps, namely A, B and C", "on three firms, namely A, B and C", and a
 * list that speaks for its body ("The sanctions list also imposes ... on ..."). Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const NAMES = ['Bertrand Olskiy', 'Irina Olskaya', 'Oleg Brask'];

describe('grammar: groups named with "namely", and measures named by what they bar', () => {
  it('reads "imposed asset freezes and entry bans on a number of X responsible for Y, namely A, B and C"', () => {
    const out = extractText('The Laotian Foreign Office imposed asset freezes and entry bans on a number of senior prison governors responsible for ' +
      'two labour camps, namely Bertrand Olskiy, Irina Olskaya and Oleg Brask.');
    for (const name of NAMES) expectRel(out, 'SANCTIONED', 'Laotian Foreign Office', name);
  });

  it('reads "on three firms, namely A, B and C"', () => {
    const out = extractText('The Laotian Foreign Office imposed sanctions on three firms, namely Halvern Group, Brask Logistics and Tessaly Optics.');
    for (const name of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laotian Foreign Office', name);
  });

  it('takes "The sanctions list also imposes ... on A" as the measure of the body the text names', () => {
    const out = extractText('The Laotian Foreign Office published new sanctions on Monday over the border war. ' +
      'The sanctions list also imposes asset freezes on a number of army officers, namely Bertrand Olskiy, Irina Olskaya and Oleg Brask.');
    for (const name of NAMES) expectRel(out, 'SANCTIONED', 'Laotian Foreign Office', name);
  });
});

describe('grammar: members of a group a measure just took', () => {
  const OPENING = 'The Laotian Treasury placed sanctions on six firms registered in Mongolia on Tuesday. ';

  it('reads "One of the firms is A" after the group was sanctioned', () => {
    const out = extractText(`${OPENING}One of the firms is Halvern Group, which the ministry said had flown rifle scopes to Vietnam.`);
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Halvern Group');
  });

  it('reads "A and B were targeted by sanctions" (a measure after "by" is no agent)', () => {
    const out = extractText(`${OPENING}Two other Mongolia-registered firms, Brask Logistics and the freight agent Tessaly Optics, were targeted by sanctions.`);
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Tessaly Optics');
  });
});

describe('grammar: the sanctioned group named after a nationality', () => {
  it('reads "The sanctioned Mongolian firms are A, B and C" with the body the text named before', () => {
    const out = extractText('Laos imposed sanctions on three Mongolian companies on Friday over their role in building rockets. ' +
      'The sanctioned Mongolian firms are Halvern Group, Brask Logistics and Tessaly Optics.');
    for (const name of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laos', name);
  });
});

describe('grammar: the one of a group named after its comma', () => {
  it('reads "put sanctions on one of the traders indicted by B, A" as a measure on A', () => {
    const out = extractText('The Laotian Treasury then put sanctions on one of the traders indicted by the prosecutors, Bertrand Olskiy.');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Bertrand Olskiy');
    expectRel(extractText('The Laotian Treasury imposed sanctions on one of the two men, Bertrand Olskiy.'), 'SANCTIONED', 'Laotian Treasury', 'Bertrand Olskiy');
  });
});

describe('grammar: targets a list announces inside a description', () => {
  const OPENING = 'The Laotian government imposed fresh targeted trade sanctions on 70 Mongolian people and 30 entities. ';

  it('reads "imposed fresh targeted trade sanctions on ... The latest targets include A and B"', () => {
    const out = extractText(`${OPENING}The latest targets include rifle maker Halvern Group and dockyard Tessaly Optics.`);
    expectRel(out, 'SANCTIONED', 'Laotian government', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laotian government', 'Tessaly Optics');
  });

  it('reads "The latest targets include officials and major players in the arms trade including A, B and C"', () => {
    const out = extractText(`${OPENING}The latest targets include deputy ministers and major players in the arms trade including rifle maker ` +
      'Halvern Group, freight firm Brask Logistics and dockyard Tessaly Optics.');
    for (const name of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laotian government', name);
  });
});
