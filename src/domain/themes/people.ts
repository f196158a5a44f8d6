// People's names are never themes. A theme called "tom" singles one person out (and tells a
// leader only who gets mentioned); so the words of the team's members' and guests' names are
// treated like stopwords: never a theme, never part of a phrase, never highlighted.
import { stemWord } from './normalise';
import { normaliseWord, tokenize } from './tokenize';

/**
 * Where a guest's description starts: "Sam from intake", "Jo (student placement)",
 * "Chris - relief staff", "Alex, peer worker". Only the words before it are the name, so
 * "intake", "peer" or "staff" stay possible themes.
 */
const DESCRIPTION = /[([{,;:/|–—]|\s-\s|\s(?:from|of|at|for|with|via|the|and|&)\s/iu;

/** Titles said before a name: not names themselves. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sr', 'sister', 'fr']);

/** The name words of one entered name, lowercase ("Dr Amari (visiting)" → ["amari"]). */
export function nameWords(name: string): string[] {
  const head = name.split(DESCRIPTION)[0] ?? '';
  const words: string[] = [];
  for (const token of tokenize(head)) {
    const word = normaliseWord(token);
    if (TITLES.has(word)) continue;
    words.push(word);
    // "Mary-Jane" is also said "Mary".
    if (word.includes('-')) words.push(...word.split('-').filter(Boolean));
  }
  return words;
}

/** Stems of every name word, matched against answer words after the same stemming. */
export function personStems(names: readonly string[] | undefined): Set<string> {
  const stems = new Set<string>();
  for (const name of names ?? []) {
    for (const word of nameWords(name)) {
      // A bare initial ("Tom B.") is already never a theme; keep it out of the set.
      if (word.length < 2) continue;
      stems.add(stemWord(word));
    }
  }
  return stems;
}
