// Curated themes: a person names a theme and its keywords. Keywords are normalised like answer
// text, so "family" matches "families", "paperwork" matches "paper work" and "Paper-work", and a
// keyword of several words matches those words in a row.

import type { CandidateSet } from './candidates';
import { compactKey, FLAG_STOP, stemWord, wordFlags } from './normalise';
import type { PhraseIndex } from './phrases';
import { tokenize } from './tokenize';
import type { CuratedThemeInput } from './types';
import type { Vocabulary } from './vocabulary';

export interface CompiledCurated {
  input: CuratedThemeInput;
  /** Stem-id sequences that count as a mention. */
  sequences: Int32Array[];
}

/** Longest run of letters a keyword may have for the spacing variants to be tried. */
const MAX_SPLIT_LENGTH = 40;

/** The keyword's words, without stopwords at either end (unless it is only stopwords). */
function keywordStems(keyword: string): string[] {
  const words = tokenize(keyword);
  let start = 0;
  let end = words.length;
  while (start < end && wordFlags(words[start]!) & FLAG_STOP) start += 1;
  while (end > start && wordFlags(words[end - 1]!) & FLAG_STOP) end -= 1;
  return (start < end ? words.slice(start, end) : words).map(stemWord);
}

/**
 * Other spellings of the same run of letters: "paperwork" is also "paper work" and "paper-work"
 * when those stems occur in the answers. Splits into two or three parts.
 */
function spacingVariants(joined: string, vocab: Vocabulary): string[][] {
  const variants: string[][] = [];
  const n = joined.length;
  if (n > MAX_SPLIT_LENGTH) return variants;
  const known = (s: string) => vocab.findStem(s) !== undefined;
  for (let i = 1; i < n; i += 1) {
    const a = joined.slice(0, i);
    const rest = joined.slice(i);
    if (known(`${a}-${rest}`)) variants.push([`${a}-${rest}`]);
    if (!known(a)) continue;
    if (known(rest)) variants.push([a, rest]);
    for (let j = 1; j < rest.length; j += 1) {
      const b = rest.slice(0, j);
      const c = rest.slice(j);
      if (known(b) && known(c)) variants.push([a, b, c]);
    }
  }
  if (known(joined)) variants.push([joined]);
  return variants;
}

/** A keyword's compact key, as a suggestion's key is made ("Paper work" → "paperwork"). */
export function keywordKey(keyword: string): string | undefined {
  const stems = keywordStems(keyword);
  return stems.length ? compactKey(stems) : undefined;
}

export function curatedKeywords(input: CuratedThemeInput): string[] {
  return input.keywords.length ? input.keywords : [input.label];
}

export function compileCurated(
  inputs: readonly CuratedThemeInput[],
  vocab: Vocabulary,
  index: PhraseIndex,
  found: Pick<CandidateSet, 'groups'>,
): CompiledCurated[] {
  const groupsByCompact = new Map(found.groups.map((g) => [g.compact, g]));
  return inputs.map((input) => {
    const keywords = curatedKeywords(input);
    const sequences = new Map<string, Int32Array>();
    const add = (stems: readonly string[]) => {
      const ids = stems.map((s) => vocab.findStem(s));
      if (!ids.length || ids.some((id) => id === undefined)) return;
      const seq = Int32Array.from(ids as number[]);
      sequences.set(seq.join(','), seq);
    };
    const addIds = (ids: readonly number[]) => add(ids.map((id) => vocab.stems[id]!));
    for (const keyword of keywords) {
      const stems = keywordStems(keyword);
      if (!stems.length) continue;
      const compact = compactKey(stems);
      add(stems);
      for (const variant of spacingVariants(stems.join('').replaceAll('-', ''), vocab))
        add(variant);
      // Phrases that merged under the same compact key ("care givers" for "caregivers").
      for (const p of groupsByCompact.get(compact)?.members ?? []) addIds(index.stemsOf(p));
    }
    return { input, sequences: [...sequences.values()] };
  });
}
