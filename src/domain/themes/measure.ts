// Pass 3: exact numbers for the few themes that may be shown. One more walk of the stream,
// newest answer first, touching only words that can start one of those themes. Matches are
// kept as integers (answer index, word positions); evidence strings are cut from the text only
// for the themes finally returned (evidenceOf).
import { PILLARS } from '../types';
import { BREAK, type Corpus } from './corpus';
import { FLAG_LINK, FLAG_RESIZED, FLAG_STOP } from './normalise';
import type { PhraseIndex } from './phrases';
import { TOKEN_PATTERN } from './tokenize';
import type { ThemeEvidence } from './types';

export interface ThemeTarget {
  /** Suggestion: phrase ids per slot (slot = one merged group; slot 0 is the head). */
  phrases?: number[][];
  /** Curated: stem-id sequences, all in slot 0. */
  sequences?: Int32Array[];
  /** Curated: answers tagged by hand. */
  taggedIds?: readonly string[];
}

export interface ThemeMeasure {
  count: number;
  huddles: number;
  series: Int32Array;
  /** Answers per pillar, in PILLARS order. */
  pillars: Int32Array;
  /** Per slot: surface form (lowercase words) → mentions. */
  forms: Map<string, number>[];
  /** Matching answers (corpus indexes), newest first. */
  docs: number[];
  /** Matches of docs[k] are spans[spanStart[k] .. spanStart[k + 1]) as (from, to) pairs. */
  spanStart: number[];
  spans: number[];
}

const NONE = -1;

export function measureThemes(
  corpus: Corpus,
  index: PhraseIndex,
  targets: readonly ThemeTarget[],
  progress: (fraction: number) => void,
): ThemeMeasure[] {
  const { stream, docStart, echo, vocab } = corpus;
  const { wordStem, wordFlags } = vocab;
  // Phrase id → (target, slot) entries, as linked lists in arrays.
  const phraseHead = new Int32Array(index.count).fill(NONE);
  const entryTarget: number[] = [];
  const entrySlot: number[] = [];
  const entryNext: number[] = [];
  // Bit 1: a suggestion phrase starts with this stem; bit 2: a curated sequence does.
  const relevant = new Uint8Array(vocab.stemCount);
  const sequencesByFirst = new Map<number, { target: number; seq: Int32Array }[]>();
  const tagged = new Map<string, number[]>();

  targets.forEach((target, t) => {
    target.phrases?.forEach((phrases, slot) => {
      for (const p of phrases) {
        entryTarget.push(t);
        entrySlot.push(slot);
        entryNext.push(phraseHead[p]!);
        phraseHead[p] = entryTarget.length - 1;
        relevant[index.stemsOf(p)[0]!]! |= 1;
      }
    });
    for (const seq of target.sequences ?? []) {
      const first = seq[0]!;
      relevant[first]! |= 2;
      const list = sequencesByFirst.get(first) ?? [];
      list.push({ target: t, seq });
      sequencesByFirst.set(first, list);
    }
    for (const id of target.taggedIds ?? []) {
      const list = tagged.get(id) ?? [];
      if (!list.includes(t)) list.push(t);
      tagged.set(id, list);
    }
  });

  const periods = corpus.periods.starts.length;
  const measures: ThemeMeasure[] = targets.map((target) => ({
    count: 0,
    huddles: 0,
    series: new Int32Array(periods),
    pillars: new Int32Array(PILLARS.length),
    forms: (target.phrases ?? [[]]).map(() => new Map<string, number>()),
    docs: [],
    spanStart: [0],
    spans: [],
  }));
  // Huddles seen per target, as one bitset each (a Set per target costs far more).
  const sessionWords = (corpus.sessionCount >> 5) + 1;
  const sessionBits = new Uint32Array(sessionWords * targets.length);
  const formCounts = targets.map((target) =>
    (target.phrases ?? [[]]).map(() => new Map<number | string, number>()),
  );

  // This answer's matches, as parallel arrays reused from answer to answer.
  let hits = 0;
  const hitTarget: number[] = [];
  const hitSlot: number[] = [];
  const hitFrom: number[] = [];
  const hitTo: number[] = [];
  const addHit = (target: number, slot: number, from: number, to: number) => {
    hitTarget[hits] = target;
    hitSlot[hits] = slot;
    hitFrom[hits] = from;
    hitTo[hits] = to;
    hits += 1;
  };
  const addPhraseHits = (phrase: number, from: number, to: number) => {
    for (let e = phraseHead[phrase]!; e !== NONE; e = entryNext[e]!) {
      addHit(entryTarget[e]!, entrySlot[e]!, from, to);
    }
  };
  /** "paper work" inside "paper work backlog" of the same theme: only the longer counts. */
  const covered = (h: number) => {
    for (let o = 0; o < hits; o += 1) {
      if (o === h || hitTarget[o] !== hitTarget[h]) continue;
      const longer = hitTo[o]! - hitFrom[o]! > hitTo[h]! - hitFrom[h]!;
      if (longer && hitFrom[o]! <= hitFrom[h]! && hitTo[o]! >= hitTo[h]!) return true;
    }
    return false;
  };
  const docMark = new Int32Array(targets.length).fill(NONE);
  const touched: number[] = [];
  const docs = corpus.answers.length;

  for (let d = docs - 1; d >= 0; d -= 1) {
    const begin = docStart[d]!;
    const end = docStart[d + 1]!;
    hits = 0;
    for (let i = begin; i < end; i += 1) {
      const w1 = stream[i]!;
      if (w1 === BREAK) continue;
      const s1 = wordStem[w1]!;
      const r = relevant[s1]!;
      if (r === 0) continue;
      if (r & 1 && !(wordFlags[w1]! & FLAG_STOP)) {
        // Same phrases and the same echo rule as countPhrases.
        const p1 = index.unigram(s1);
        const echo1 = echo[i]!;
        if (!echo1) addPhraseHits(p1, i, i);
        const w2 = stream[i + 1]!;
        const f2 = w2 === BREAK ? FLAG_STOP : wordFlags[w2]!;
        const p2 = f2 & FLAG_STOP && !(f2 & FLAG_LINK) ? NONE : index.extend(p1, wordStem[w2]!);
        if (p2 !== NONE) {
          const echo2 = f2 & FLAG_STOP || echo[i + 1]!;
          if (index.valid[p2] && !(echo1 && echo2)) addPhraseHits(p2, i, i + 1);
          const w3 = stream[i + 2]!;
          if (w3 !== BREAK && !(wordFlags[w3]! & FLAG_STOP)) {
            const p3 = index.extend(p2, wordStem[w3]!);
            if (p3 !== NONE && !(echo1 && echo2 && echo[i + 2])) addPhraseHits(p3, i, i + 2);
          }
        }
      }
      if (r & 2) {
        for (const { target, seq } of sequencesByFirst.get(s1) ?? []) {
          let k = 1;
          while (k < seq.length && stream[i + k] !== BREAK && wordStem[stream[i + k]!] === seq[k]) {
            k += 1;
          }
          if (k === seq.length) addHit(target, 0, i, i + k - 1);
        }
      }
    }
    const tags = tagged.size ? tagged.get(corpus.answers[d]!.id) : undefined;
    if (!hits && !tags) continue;

    for (let h = 0; h < hits; h += 1) {
      const t = hitTarget[h]!;
      if (docMark[t] !== d) {
        docMark[t] = d;
        touched.push(t);
      }
    }
    for (const t of tags ?? []) {
      if (docMark[t] === d) continue;
      docMark[t] = d;
      touched.push(t);
    }
    const period = corpus.docPeriod[d]!;
    const pillar = corpus.docPillar[d]!;
    for (const t of touched) {
      const m = measures[t]!;
      m.count += 1;
      if (period >= 0) m.series[period]! += 1;
      if (pillar < PILLARS.length) m.pillars[pillar]! += 1;
      const session = corpus.docSession[d]!;
      const word = t * sessionWords + (session >> 5);
      const bit = 1 << (session & 31);
      if (!(sessionBits[word]! & bit)) {
        sessionBits[word]! |= bit;
        m.huddles += 1;
      }
      m.docs.push(d);
      for (let h = 0; h < hits; h += 1) {
        if (hitTarget[h] !== t) continue;
        const from = hitFrom[h]!;
        const to = hitTo[h]!;
        // Evidence and variants keep the longest matches; the head's forms count every mention,
        // inside longer ones too, since they name the theme ("intake form" in "new intake form").
        const slot = hitSlot[h]!;
        const inside = covered(h);
        if (!inside) m.spans.push(from, to);
        if (inside && slot !== 0) continue;
        // A one-word form is counted by word id, longer ones by their ids joined.
        const key = from === to ? stream[from]! : formKey(stream, from, to);
        const counts = formCounts[t]![slot]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      m.spanStart.push(m.spans.length);
    }
    touched.length = 0;
    if ((d & 4095) === 0) progress((docs - d) / docs);
  }
  measures.forEach((m, t) => {
    m.forms = formCounts[t]!.map((counts) => {
      const forms = new Map<string, number>();
      for (const [key, n] of counts) {
        const ids = typeof key === 'number' ? [key] : key.split(' ').map(Number);
        const form = ids.map((w) => (w === BREAK ? '' : vocab.wordText[w])).join(' ');
        forms.set(form, (forms.get(form) ?? 0) + n);
      }
      return forms;
    });
  });
  progress(1);
  return measures;
}

function formKey(stream: Int32Array, from: number, to: number): string {
  let key = String(stream[from]);
  for (let i = from + 1; i <= to; i += 1) key += ` ${stream[i]}`;
  return key;
}

/**
 * The evidence of a measured theme, newest first: each answer with the words that matched, as
 * typed. A word typed in lowercase reuses the interned word, and answers matching the same
 * single word share one terms array: a theme can have tens of thousands of answers.
 */
export function evidenceOf(measure: ThemeMeasure, corpus: Corpus, limit: number): ThemeEvidence[] {
  const { stream, offsets, vocab } = corpus;
  const sticky = new RegExp(TOKEN_PATTERN.source, 'uy');
  const wordEnd = (text: string, position: number) => {
    const start = offsets[position]!;
    const w = stream[position]!;
    if (!(vocab.wordFlags[w]! & FLAG_RESIZED)) return start + vocab.wordText[w]!.length;
    sticky.lastIndex = start;
    return sticky.exec(text) ? sticky.lastIndex : start;
  };
  const single = new Map<string, string[]>();
  const count = Math.min(measure.docs.length, limit);
  const evidence: ThemeEvidence[] = new Array(count);
  for (let k = 0; k < count; k += 1) {
    const answer = corpus.answers[measure.docs[k]!]!;
    const text = answer.text;
    const terms: string[] = [];
    for (let s = measure.spanStart[k]!; s < measure.spanStart[k + 1]!; s += 2) {
      const from = measure.spans[s]!;
      const to = measure.spans[s + 1]!;
      const start = offsets[from]!;
      const word = vocab.wordText[stream[from]!]!;
      const term =
        from === to && text.startsWith(word, start) ? word : text.slice(start, wordEnd(text, to));
      if (!terms.includes(term)) terms.push(term);
    }
    let shared = terms;
    if (terms.length === 1) {
      shared = single.get(terms[0]!) ?? terms;
      single.set(terms[0]!, shared);
    }
    evidence[k] = { responseId: answer.id, terms: shared };
  }
  return evidence;
}
