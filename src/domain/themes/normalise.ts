// From a word to what the engine compares: its Porter stem and whether it may start or end a
// phrase. Runs once per distinct word (see Vocabulary), never once per occurrence.
import { stemmer } from 'stemmer';
import { LINKING_WORDS, STOPWORDS } from './stopwords';

/** May not start or end a phrase (stopword, bare number, single character). */
export const FLAG_STOP = 1;
/** A stopword that may still join two topic words inside a three-word phrase. */
export const FLAG_LINK = 2;
/** Lowercasing changed the word's length ("İ"): its end in the text must be found again. */
export const FLAG_RESIZED = 4;

/** "team's" → "team": a possessive names the same thing. */
function dropPossessive(word: string): string {
  return word.endsWith("'s") && word.length > 2 ? word.slice(0, -2) : word;
}

const DIGITS = /^\p{N}+$/u;

export function wordFlags(word: string): number {
  if (LINKING_WORDS.has(word)) return FLAG_STOP | FLAG_LINK;
  const bare = dropPossessive(word);
  if (STOPWORDS.has(word) || STOPWORDS.has(bare)) return FLAG_STOP;
  // A bare number or a single character is never a topic ("5", "x"), but does not end a phrase
  // the way punctuation does.
  if (bare.length < 2 || DIGITS.test(bare)) return FLAG_STOP;
  return 0;
}

/** Porter stem; hyphenated words keep the hyphen, parts stemmed ("co-workers" → "co-worker"). */
export function stemWord(word: string): string {
  const bare = dropPossessive(word);
  if (!bare.includes('-')) return stemmer(bare);
  return bare
    .split('-')
    .map((part) => stemmer(part))
    .join('-');
}

/**
 * What near-duplicates share: the stems run together without spaces or hyphens, stemmed once
 * more so "care givers" (care + giver) and "caregivers" (caregiv) meet too. "paperwork",
 * "paper work", "paper-work" and "Paperwork!" all become "paperwork".
 */
export function compactKey(stems: readonly string[]): string {
  return stemmer(stems.join('').replaceAll('-', ''));
}
