// Interned words. Each distinct spelling is lowercased, flagged and stemmed once; the token
// stream then holds small integers instead of strings. Words whose stem is a person's name are
// flagged like stopwords (see people.ts): never a theme, never inside a phrase.
import { growInt32, growUint8 } from './buffers';
import { FLAG_RESIZED, FLAG_STOP, stemWord, wordFlags } from './normalise';
import { normaliseWord } from './tokenize';

export class Vocabulary {
  /** Exact spelling → word id: a cache in front of `wordIds` ("Paperwork" → paperwork). */
  private readonly spellings = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  /** Word id → stem id. */
  wordStem = new Int32Array(1024);
  /** Word id → FLAG_STOP | FLAG_LINK | FLAG_RESIZED. */
  wordFlags = new Uint8Array(1024);
  words = 0;
  /** Word id → the word, lowercase. */
  readonly wordText: string[] = [];
  /** Stem id → stem. */
  readonly stems: string[] = [];

  /** `people`: stems of people's names (personStems), never a topic. */
  constructor(private readonly people: ReadonlySet<string> = new Set()) {}

  /** The id of a word as typed; adds it when new. */
  idOf(spelling: string): number {
    const known = this.spellings.get(spelling);
    if (known !== undefined) return known;
    const word = normaliseWord(spelling);
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words;
      this.words += 1;
      this.wordStem = growInt32(this.wordStem, this.words);
      this.wordFlags = growUint8(this.wordFlags, this.words);
      const stem = stemWord(word);
      this.wordStem[id] = this.internStem(stem);
      // A name is a stopword that links nothing: "tom covered" is not a phrase either.
      const flags = this.people.has(stem) ? FLAG_STOP : wordFlags(word);
      this.wordFlags[id] = flags | (word.length === spelling.length ? 0 : FLAG_RESIZED);
      this.wordIds.set(word, id);
      this.wordText.push(word);
    }
    // Another spelling of a known word may differ in length after lowercasing too.
    if (word.length !== spelling.length) this.wordFlags[id]! |= FLAG_RESIZED;
    this.spellings.set(spelling, id);
    return id;
  }

  /** The id of a lowercase word already seen, or undefined. */
  findWord(word: string): number | undefined {
    return this.wordIds.get(word);
  }

  findStem(stem: string): number | undefined {
    return this.stemIds.get(stem);
  }

  get stemCount(): number {
    return this.stems.length;
  }

  private internStem(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.stemIds.set(stem, id);
    }
    return id;
  }
}
