// From counted phrases to ranked candidate themes:
// 1. Near-duplicates merge into a group by their compact key ("paperwork", "paper work",
//    "paper-work" → "paperwork"; "families"/"family" already share a stem).
// 2. A shorter group merges with a longer one that holds most of its mentions (MERGE_SHARE):
//    "billing" said mostly as "billing quotas", "records system" said mostly as "new records
//    system". The theme is named by the longer phrase only when that is nearly always how it
//    is said (HEAD_SHARE); otherwise the shorter one names it and the longer is a variant.
// 3. Groups are ranked by a TF-IDF over answers as documents, a one-word theme weighed by how
//    far above everyday English its share of answers is (everyday.ts): "time" and "help" come
//    up in every period because everyone says them, not because they are a team's theme.
//
// Why TF-IDF over answers: an answer is a sentence or two (~15 words), so a term rarely repeats
// inside one and term frequency is almost always 1; the sum over answers of tf × idf is then
// df × idf. The idf factor ln((N + 1) / df) pushes down words that are in a large share of all
// answers (often echoes of the prompt) while df rewards what keeps coming up. Simple enough to
// explain on screen, and computed from counts the engine already has.
import { everydayWeight, everydayWordRate } from './everyday';
import { compactKey, stemWord } from './normalise';
import type { PhraseIndex } from './phrases';
import { SERVED_PEOPLE } from './stopwords';
import type { Vocabulary } from './vocabulary';

/** Phrases seen in fewer answers than this are not themes at all (said once is not "coming up"). */
export const MIN_CANDIDATE_ANSWERS = 2;
/** Merge a shorter group with a longer one holding at least this share of its answers. */
export const MERGE_SHARE = 0.5;
/** A longer phrase names the merged theme when it holds at least this share of the shorter. */
export const HEAD_SHARE = 0.6;
/**
 * A theme is "said as a phrase" when its 2–3 word wordings hold at least this share of its
 * answers: it is then named by its most frequent phrase and never weighed as an everyday word.
 */
export const PHRASE_SHARE = 0.5;

export interface PhraseGroup {
  compact: string;
  /** Phrase ids, most answers first. */
  members: number[];
  /** Sum of the members' answer counts (an estimate: members rarely share an answer). */
  df: number;
  dfRecent: number;
  /** Words in its longest member. */
  words: number;
  /** Words in its shortest member. */
  fewestWords: number;
}

export interface Candidate {
  /** The compact key of the longest group: the suggestion's stable key. */
  key: string;
  /** Group indexes; the head (longest) group first. */
  groups: number[];
  /** Estimated answers mentioning it (exact counts come from measureThemes). */
  df: number;
  dfRecent: number;
  /** 0..1: 1 unless it is a one-word theme that everyone says anyway (see everyday.ts). */
  weight: number;
  score: number;
}

export interface CandidateSet {
  groups: PhraseGroup[];
  /** Phrase id → group index, or -1. */
  phraseGroup: Int32Array;
  candidates: Candidate[];
}

export function tfIdf(df: number, answers: number): number {
  return df > 0 ? df * Math.log((answers + 1) / df) : 0;
}

let servedKeys: ReadonlySet<string> | undefined;

/** Compact keys of the people a team serves ("young people" → its key; see SERVED_PEOPLE). */
function servedPeopleKeys(): ReadonlySet<string> {
  servedKeys ??= new Set(SERVED_PEOPLE.map((p) => compactKey(p.split(' ').map(stemWord))));
  return servedKeys;
}

/**
 * True for a phrase that only names the people a team serves ("young people", "carers",
 * "parents and carers"): never a theme on its own, though "family meetings" is.
 */
export function namesOnlyServedPeople(stems: readonly string[]): boolean {
  const keys = servedPeopleKeys();
  if (keys.has(compactKey(stems))) return true;
  return (
    stems.length === 3 &&
    stems[1] === 'and' &&
    keys.has(compactKey([stems[0]!])) &&
    keys.has(compactKey([stems[2]!]))
  );
}

function groupPhrases(index: PhraseIndex, vocab: Vocabulary) {
  const groups: PhraseGroup[] = [];
  const byCompact = new Map<string, number>();
  const phraseGroup = new Int32Array(index.count).fill(-1);
  for (let p = 0; p < index.count; p += 1) {
    if (!index.valid[p] || index.df[p]! < MIN_CANDIDATE_ANSWERS) continue;
    const stems = index.stemsOf(p).map((s) => vocab.stems[s]!);
    // Not a group at all: it neither names a theme nor pulls longer phrases into one.
    if (namesOnlyServedPeople(stems)) continue;
    const compact = compactKey(stems);
    let g = byCompact.get(compact);
    if (g === undefined) {
      g = groups.length;
      byCompact.set(compact, g);
      groups.push({ compact, members: [], df: 0, dfRecent: 0, words: 0, fewestWords: 3 });
    }
    const group = groups[g]!;
    group.members.push(p);
    group.df += index.df[p]!;
    group.dfRecent += index.dfRecent[p]!;
    phraseGroup[p] = g;
  }
  for (const group of groups) {
    group.members.sort((a, b) => index.df[b]! - index.df[a]! || a - b);
    for (const p of group.members) {
      group.words = Math.max(group.words, index.words[p]!);
      group.fewestWords = Math.min(group.fewestWords, index.words[p]!);
    }
  }
  return { groups, phraseGroup };
}

/** Shorter phrases inside phrase `p` (contiguous, themselves candidate-shaped). */
function innerPhrases(index: PhraseIndex, p: number): number[] {
  const stems = index.stemsOf(p);
  const inner: number[] = [];
  for (const s of stems) {
    const u = index.unigram(s);
    if (u >= 0 && index.valid[u]) inner.push(u);
  }
  if (stems.length === 3) {
    const first = index.prefix[p]!;
    if (index.valid[first]) inner.push(first);
    const middle = index.unigram(stems[1]!);
    const last = middle >= 0 ? index.extend(middle, stems[2]!) : -1;
    if (last >= 0 && index.valid[last]) inner.push(last);
  }
  return inner;
}

/**
 * For each group, the longer group it links to (or itself): the longer group that holds the
 * most of its answers, when that is at least MERGE_SHARE of them.
 */
function linkTargets(index: PhraseIndex, groups: PhraseGroup[], phraseGroup: Int32Array) {
  // (inner group, outer group) → answers of the outer phrases containing the inner one.
  const together = new Map<number, number>();
  const pairKey = (inner: number, outer: number) => inner * 0x4000000 + outer;
  groups.forEach((outer, g) => {
    for (const p of outer.members) {
      if (index.words[p]! < 2) continue;
      const seen = new Set<number>();
      for (const q of innerPhrases(index, p)) {
        const inner = phraseGroup[q]!;
        if (inner < 0 || inner === g || seen.has(inner)) continue;
        seen.add(inner);
        const key = pairKey(inner, g);
        together.set(key, (together.get(key) ?? 0) + index.df[p]!);
      }
    }
  });
  const target = groups.map((_, g) => g);
  const best = new Float64Array(groups.length);
  for (const [key, count] of together) {
    const inner = Math.floor(key / 0x4000000);
    const outer = key % 0x4000000;
    const a = groups[inner]!;
    const b = groups[outer]!;
    if (count < MERGE_SHARE * a.df) continue;
    if (
      count > best[inner]! ||
      (count === best[inner]! && b.compact < groups[target[inner]!]!.compact)
    ) {
      best[inner] = count;
      target[inner] = outer;
    }
  }
  return { target, together, pairKey };
}

/**
 * The group that names a merged theme: start from its most frequent group and step to a longer
 * group while that holds at least HEAD_SHARE of the current one's answers. "form" said mostly
 * as "intake form" is named "intake form"; "intake form" stays the name when "new intake form"
 * is only half of its mentions.
 */
function headOf(
  members: readonly number[],
  groups: readonly PhraseGroup[],
  outers: ReadonlyMap<number, { outer: number; count: number }[]>,
): number {
  if (members.length === 1) return members[0]!;
  const inComponent = new Set(members);
  let head = members[0]!;
  for (const g of members) {
    const a = groups[g]!;
    const h = groups[head]!;
    if (a.df > h.df || (a.df === h.df && a.compact < h.compact)) head = g;
  }
  const visited = new Set([head]);
  for (;;) {
    let next = -1;
    let best = HEAD_SHARE * groups[head]!.df;
    for (const { outer, count } of outers.get(head) ?? []) {
      if (!inComponent.has(outer) || visited.has(outer) || count < best) continue;
      if (next < 0 || count > best || groups[outer]!.compact < groups[next]!.compact) {
        next = outer;
        best = count;
      }
    }
    if (next < 0) return head;
    visited.add(next);
    head = next;
  }
}

/**
 * Stem id → everyday rate of the words this corpus says with that stem: "billing" is rare in
 * everyday speech, and a team that never says "bill" or "bills" is not weighed by them.
 */
function corpusStemRates(vocab: Vocabulary): Float64Array {
  const rates = new Float64Array(vocab.stemCount);
  for (let w = 0; w < vocab.words; w += 1) {
    const rate = everydayWordRate(vocab.wordText[w]!);
    if (rate > 0) rates[vocab.wordStem[w]!]! += rate;
  }
  return rates;
}

/** Everyday rate of a group said as one word: the most common of its one-word spellings. */
function groupRate(index: PhraseIndex, group: PhraseGroup, rates: Float64Array): number {
  let rate = 0;
  for (const p of group.members) {
    if (index.words[p] === 1) rate = Math.max(rate, rates[index.lastStem[p]!] ?? 0);
  }
  return rate;
}

/**
 * Candidate themes, best first. Groups whose compact key is in `excluded` (hidden suggestions,
 * curated keywords) take their whole candidate out; so does being a one-word theme no more
 * frequent than everyday speech makes it (weight 0). `wordsPerAnswer` is the corpus's mean.
 */
export function rankCandidates(
  index: PhraseIndex,
  vocab: Vocabulary,
  answers: number,
  excluded: ReadonlySet<string>,
  wordsPerAnswer = 15,
): CandidateSet {
  const { groups, phraseGroup } = groupPhrases(index, vocab);
  const { target, together, pairKey } = linkTargets(index, groups, phraseGroup);
  // Components of the links (union-find, so odd loops through merged spellings are harmless).
  const parent = groups.map((_, g) => g);
  const root = (g: number): number => {
    let r = g;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[g] !== r) {
      const next = parent[g]!;
      parent[g] = r;
      g = next;
    }
    return r;
  };
  target.forEach((t, g) => {
    const a = root(g);
    const b = root(t);
    if (a !== b) parent[a] = b;
  });
  // Inner group → the longer groups holding it, with how many answers they share.
  const outers = new Map<number, { outer: number; count: number }[]>();
  for (const [key, count] of together) {
    const inner = Math.floor(key / 0x4000000);
    const list = outers.get(inner) ?? [];
    list.push({ outer: key % 0x4000000, count });
    outers.set(inner, list);
  }
  const components = new Map<number, number[]>();
  groups.forEach((_, g) => {
    const r = root(g);
    const members = components.get(r);
    if (members) members.push(g);
    else components.set(r, [g]);
  });
  // Answers of a merged theme: every group's, less those already counted in the group it links
  // to (a linked group's answers mostly sit inside the longer phrase).
  const answersOf = (members: readonly number[], within?: ReadonlySet<number>) => {
    let df = 0;
    let dfRecent = 0;
    for (const g of members) {
      const group = groups[g]!;
      const linked = target[g] !== g && (!within || within.has(target[g]!));
      const inside = linked ? (together.get(pairKey(g, target[g]!)) ?? 0) : 0;
      df += Math.max(0, group.df - inside);
      dfRecent += Math.max(0, group.dfRecent - Math.round((inside * group.dfRecent) / group.df));
    }
    return { df, dfRecent };
  };
  const rates = corpusStemRates(vocab);
  const share = (df: number) => df / Math.max(1, answers);
  const wordWeight = (g: number, df: number) =>
    everydayWeight(share(df), groupRate(index, groups[g]!, rates), wordsPerAnswer);
  /**
   * The candidate as weighed against everyday speech, or null when it is everyday talk. Said
   * mostly as a phrase or a word rarer than everyday speech ("young person" for "young",
   * "enough time" for "time", "short-staffed" for "short"), it is never weighed down, and its
   * everyday words are left out of it: "time" said in passing ("first time") is not the theme
   * "enough time". Said mostly as an everyday word, it is weighed.
   */
  const weighCandidate = (
    members: number[],
    head: number,
    df: number,
    dfRecent: number,
  ): Candidate | null => {
    // Its everyday words ("short", "waiting") and the rest ("short-staffed", "waiting list").
    const everyday: number[] = [];
    let topical = 0;
    for (const g of members) {
      const group = groups[g]!;
      if (group.fewestWords === 1 && wordWeight(g, group.df) < 1) everyday.push(g);
      else topical = Math.max(topical, group.df);
    }
    let weight = 1;
    if (everyday.length && topical >= PHRASE_SHARE * df) {
      const kept = members.filter((g) => !everyday.includes(g));
      head = headOf(kept, groups, outers);
      members = kept;
      ({ df, dfRecent } = answersOf(kept, new Set(kept)));
    } else if (everyday.includes(head)) {
      weight = wordWeight(head, df);
    }
    if (weight <= 0) return null;
    return {
      key: groups[head]!.compact,
      groups: [head, ...members.filter((g) => g !== head)],
      df,
      dfRecent,
      weight,
      score: tfIdf(df, answers) * weight,
    };
  };
  const candidates: Candidate[] = [];
  for (const members of components.values()) {
    if (members.some((g) => excluded.has(groups[g]!.compact))) continue;
    const head = headOf(members, groups, outers);
    const { df, dfRecent } = answersOf(members);
    const candidate = weighCandidate(members, head, df, dfRecent);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { groups, phraseGroup, candidates };
}
