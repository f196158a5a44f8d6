// Pass 2: every candidate phrase of one to three words, interned as a chain (prefix phrase,
// next stem), with its document frequency: in how many answers it occurs at least once.
//
// A candidate starts and ends with a topic word; a three-word phrase may have a linking word in
// the middle ("lack of time"). Phrases never cross punctuation or a line break (BREAK in the
// stream), so "paperwork. Billing" is never "paperwork billing".
import { growInt32, growUint8 } from './buffers';
import { BREAK, type Corpus } from './corpus';
import { FLAG_LINK, FLAG_STOP } from './normalise';
import { PairTable } from './pairTable';

const NONE = -1;

export class PhraseIndex {
  readonly table = new PairTable(1 << 16);
  /** Stem id → its one-word phrase id. */
  unigramOfStem = new Int32Array(1024).fill(NONE);
  /** Phrase id → the phrase one word shorter it extends (NONE for one word). */
  prefix = new Int32Array(1 << 14);
  lastStem = new Int32Array(1 << 14);
  words = new Uint8Array(1 << 14);
  /** 1 when the phrase may be a theme (ends with a topic word), 0 for a mere prefix. */
  valid = new Uint8Array(1 << 14);
  /** Answers containing the phrase. */
  df = new Int32Array(1 << 14);
  /** Of those, answers in the recent part of the range (see recentFrom), to spot rising themes. */
  dfRecent = new Int32Array(1 << 14);
  count = 0;

  /** The one-word phrase of a stem, or NONE. */
  unigram(stem: number): number {
    return stem < this.unigramOfStem.length ? this.unigramOfStem[stem]! : NONE;
  }

  /** The phrase extending `prefixId` by `stem`, or NONE. */
  extend(prefixId: number, stem: number): number {
    return this.table.get(prefixId, stem);
  }

  /** The stem ids of a phrase, first word first. */
  stemsOf(id: number): number[] {
    const stems: number[] = [];
    for (let p = id; p !== NONE; p = this.prefix[p]!) stems.push(this.lastStem[p]!);
    return stems.reverse();
  }

  internUnigram(stem: number): number {
    if (stem >= this.unigramOfStem.length) {
      this.unigramOfStem = growInt32(this.unigramOfStem, stem + 1, NONE);
    }
    const known = this.unigramOfStem[stem]!;
    if (known !== NONE) return known;
    const id = this.add(NONE, stem, 1, 1);
    this.unigramOfStem[stem] = id;
    return id;
  }

  internExtension(prefixId: number, stem: number, valid: boolean): number {
    const id = this.table.intern(prefixId, stem, this.count);
    if (id === this.count) this.add(prefixId, stem, this.words[prefixId]! + 1, valid ? 1 : 0);
    return id;
  }

  private add(prefixId: number, stem: number, words: number, valid: number): number {
    const id = this.count;
    this.count += 1;
    if (id >= this.prefix.length) {
      this.prefix = growInt32(this.prefix, id + 1);
      this.lastStem = growInt32(this.lastStem, id + 1);
      this.words = growUint8(this.words, id + 1);
      this.valid = growUint8(this.valid, id + 1);
      this.df = growInt32(this.df, id + 1);
      this.dfRecent = growInt32(this.dfRecent, id + 1);
    }
    this.prefix[id] = prefixId;
    this.lastStem[id] = stem;
    this.words[id] = words;
    this.valid[id] = valid;
    return id;
  }
}

/**
 * Counts every candidate phrase once per answer: one walk of the stream, no strings. Answers in
 * periods from `recentFrom` on also count as recent.
 */
export function countPhrases(
  corpus: Corpus,
  recentFrom: number,
  progress: (fraction: number) => void,
): PhraseIndex {
  const index = new PhraseIndex();
  const { stream, docStart, echo } = corpus;
  const wordStem = corpus.vocab.wordStem;
  const wordFlags = corpus.vocab.wordFlags;
  const docs = corpus.answers.length;
  let lastDoc = new Int32Array(1 << 14).fill(NONE);

  let recent = false;
  const mark = (phrase: number, doc: number) => {
    if (phrase >= lastDoc.length) lastDoc = growInt32(lastDoc, index.prefix.length, NONE);
    if (lastDoc[phrase] !== doc) {
      lastDoc[phrase] = doc;
      index.df[phrase]! += 1;
      if (recent) index.dfRecent[phrase]! += 1;
    }
  };

  for (let d = 0; d < docs; d += 1) {
    recent = corpus.docPeriod[d]! >= recentFrom;
    const end = docStart[d + 1]!;
    // The last entry of an answer is BREAK, so i + 1 and i + 2 never leave it while the words
    // before them are words.
    for (let i = docStart[d]!; i < end; i += 1) {
      const w1 = stream[i]!;
      if (w1 === BREAK || wordFlags[w1]! & FLAG_STOP) continue;
      const p1 = index.internUnigram(wordStem[w1]!);
      // A phrase counts unless every topic word in it only repeats the question.
      const echo1 = echo[i]!;
      if (!echo1) mark(p1, d);
      const w2 = stream[i + 1]!;
      if (w2 === BREAK) continue;
      const f2 = wordFlags[w2]!;
      if (f2 & FLAG_STOP && !(f2 & FLAG_LINK)) continue;
      const link = f2 & FLAG_STOP;
      const p2 = index.internExtension(p1, wordStem[w2]!, !link);
      const echo2 = link || echo[i + 1]!;
      if (!link && !(echo1 && echo2)) mark(p2, d);
      const w3 = stream[i + 2]!;
      if (w3 === BREAK || wordFlags[w3]! & FLAG_STOP) continue;
      const p3 = index.internExtension(p2, wordStem[w3]!, true);
      if (!(echo1 && echo2 && echo[i + 2])) mark(p3, d);
    }
    if ((d & 4095) === 4095) progress(d / docs);
  }
  progress(1);
  return index;
}
