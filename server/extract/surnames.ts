/**
 * Surname shapes: the endings that mark a family name in the languages of the region the reporting covers (Russian,
 * Ukrainian and Belarusian -ov, -eva, -skiy, -enko, -chuk, -vich; Georgian -shvili, -dze; Armenian -yan), where the
 * English given-name list knows no "Yury", "Nikolay" or "Oksana". A person-shaped name whose last word has such an
 * ending and whose words are no English words ("Yury Olskiy", "Oksana Temchuk") is a person's where nothing else in the
 * text says what it is. Endings that English words and places share ("-in", "-ian") are left out.
 */
import { isEnglishWord } from './english-words.js';

const SURNAME_ENDING = /^[A-Z][a-z]+(?:ov|ova|ev|eva|yov|yova|sky|skiy|skii|skaya|skaia|tskiy|enko|chuk|yuk|vich|vych|ovna|evna|shvili|dze|yan)$/;
const GIVEN_SHAPE = /^[A-Z][a-z]{2,}$/;

/**
 * Whether a family name's ending closes a name of a given name's shape, the given name may be an English word
 * ("Denis Olskov"): enough where the context says a person is named (after the body the person heads).
 */
export function surnameAfterName(first: string, last: string): boolean {
  return SURNAME_ENDING.test(last) && GIVEN_SHAPE.test(first) && !isEnglishWord(last.toLowerCase());
}

/** Whether a name of these first and last words reads as a person's by its last word's ending. */
export function surnameLast(first: string, last: string): boolean {
  return surnameAfterName(first, last) && !isEnglishWord(first.toLowerCase());
}
