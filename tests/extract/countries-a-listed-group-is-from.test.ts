/**
 * A group put under sanctions by where its members are from ("Another ten companies from Thailand and two from Vietnam
 * were also sanctioned", "Seven entities from Cambodia, Vietnam and the Thailand were also added to the blacklist")
 * places the group; the countries are no targets. A reason after the list ("added to the blacklist for helping B")
 * names no owner of the list. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: the countries a listed group is from', () => {
  it('sanctions no country a group sanctioned in passing is from', () => {
    const out = extractText('The Laotian ministry sanctioned Orvel Trading on Monday.\n\nAnother ten companies from Thailand and two from Vietnam were also sanctioned.');
    expectRel(out, 'SANCTIONED', 'Laotian ministry', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Laotian ministry', 'Thailand');
    expectNoRel(out, 'SANCTIONED', 'Laotian ministry', 'Vietnam');
  });

  it('puts no country a group added to a list is from on that list, and takes no helped party for its owner', () => {
    const out = extractText('Seven entities from Cambodia, Vietnam and the Thailand were also added to the Laotian blacklist for helping Mongolia.');
    expectNoRel(out, 'SANCTIONED', 'Mongolia', 'Thailand');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Thailand');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Cambodia');
    const firm = extractText('Orvel Trading was added to the export control list for helping Mongolia.');
    expectNoRel(firm, 'SANCTIONED', 'Mongolia', 'Orvel Trading');
  });

  it('still sanctions countries after a place of some other phrase', () => {
    const talks = extractText('The Laotian ministry sanctioned Orvel Trading on Monday. After talks in Hanoi, Thailand and Mongolia were also sanctioned.');
    expectRel(talks, 'SANCTIONED', 'Laotian ministry', 'Mongolia');
    const based = extractText('The Laotian ministry sanctioned Orvel Trading on Monday. Brask Logistics, based in Vietnam, and Mongolia were also sanctioned.');
    expectRel(based, 'SANCTIONED', 'Laotian ministry', 'Mongolia');
  });

  it('still reads a country itself added to a body\'s list', () => {
    expectRel(extractText('Cambodia was added to the Mongolian sanctions list in May.'), 'SANCTIONED', 'Mongolia', 'Cambodia');
  });
});
