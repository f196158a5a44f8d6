// Pass 1: the answers to analyse, tokenised once into one stream of word ids. Later passes walk
// integers, not text, and no per-answer arrays are allocated.
import { type Millis, PILLARS, type Pillar } from '../types';
import { grow, growInt32 } from './buffers';
import { FLAG_STOP } from './normalise';
import { personStems } from './people';
import { MAX_PERIODS, type PeriodAxis, periodAxis, periodIndex } from './periods';
import { isPhraseBreak, TOKEN_PATTERN } from './tokenize';
import type { ThemeAnswer, ThemeOptions } from './types';
import { Vocabulary } from './vocabulary';

/** Ends a phrase in the stream: punctuation, a line break, or the end of an answer. */
export const BREAK = -1;
const NO_PILLAR = 255;

export interface Corpus {
  /** The analysed answers, oldest first (the caller's objects; only id and text are read later). */
  answers: ThemeAnswer[];
  /** Answer d's words are stream[docStart[d] .. docStart[d + 1]), the last one always BREAK. */
  docStart: Int32Array;
  stream: Int32Array;
  /** 1 where the word repeats a word of the answer's question (see ThemeAnswer.prompt). */
  echo: Uint8Array;
  /**
   * Where each word starts in its answer's text (for evidence: the words as typed); 16-bit
   * unless an answer is longer than 65,535 characters.
   */
  offsets: Uint16Array | Int32Array;
  docPeriod: Int32Array;
  docSession: Int32Array;
  docPillar: Uint8Array;
  sessionCount: number;
  periods: PeriodAxis;
  /** Answers analysed in each period: a period with none had no huddle to speak of. */
  periodTotals: Int32Array;
  /** Words in the analysed answers (stopwords included), for the everyday-word weight. */
  words: number;
  vocab: Vocabulary;
}

export function pillarAt(index: number): Pillar | undefined {
  return index === NO_PILLAR ? undefined : PILLARS[index];
}

function selectAnswers(answers: readonly ThemeAnswer[], options: ThemeOptions): ThemeAnswer[] {
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const kept: ThemeAnswer[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (const a of answers) {
    if (a.createdAt < from || a.createdAt > to || !a.text) continue;
    if (options.pillar && a.pillar !== options.pillar) continue;
    if (a.createdAt < last) sorted = false;
    last = a.createdAt;
    kept.push(a);
  }
  // Stored answers arrive in time order (the [teamId+createdAt] index); sort only when not.
  if (!sorted) {
    kept.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return kept;
}

const PERIOD_DAYS = { week: 7, month: 28, quarter: 89 } as const;

/**
 * The range asked for, so a theme that stopped weeks ago shows its zeros to the end; but the
 * data's own range when that would mean hundreds of empty periods ("from" = 0 for "all time").
 */
function analysedRange(
  options: ThemeOptions,
  first: Millis | undefined,
  last: Millis | undefined,
): [Millis, Millis] | null {
  if (first === undefined || last === undefined) return null;
  const from = Math.min(options.from ?? first, first);
  const to = Math.max(Number.isFinite(options.to) ? (options.to ?? last) : last, last);
  const estimate = (to - from) / (PERIOD_DAYS[options.period] * 86_400_000);
  return estimate > MAX_PERIODS ? [first, last] : [from, to];
}

export function buildCorpus(
  input: readonly ThemeAnswer[],
  options: ThemeOptions,
  progress: (fraction: number) => void,
): Corpus {
  const selected = selectAnswers(input, options);
  const range = analysedRange(options, selected[0]?.createdAt, selected.at(-1)?.createdAt);
  const periods = range
    ? periodAxis(range[0], range[1], options.period)
    : { starts: [], labels: [] };

  const vocab = new Vocabulary(personStems(options.personNames));
  const sessions = new Map<string, number>();
  const pillarIndex = new Map<string, number>(PILLARS.map((p, i) => [p, i]));
  const answers: ThemeAnswer[] = [];
  const count = selected.length;
  let docStart = new Int32Array(count + 1);
  const docPeriod = new Int32Array(count);
  const docSession = new Int32Array(count);
  const docPillar = new Uint8Array(count);
  const periodTotals = new Int32Array(periods.starts.length);
  // Sized from the text (about one word per five characters) so it rarely has to grow.
  let characters = 0;
  let longest = 0;
  for (const a of selected) {
    characters += a.text.length;
    longest = Math.max(longest, a.text.length);
  }
  let stream = new Int32Array(Math.max(1024, Math.ceil(characters / 4.5) + count));
  let echo = new Uint8Array(stream.length);
  let offsets: Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer> =
    longest < 0x10000 ? new Uint16Array(stream.length) : new Int32Array(stream.length);
  let length = 0;
  let words = 0;
  const pattern = new RegExp(TOKEN_PATTERN);
  // Words of each question, as stem ids. The current answer's question is stamped into
  // `asked` (stem id → stamp), so telling an echo is one array read per word.
  const promptStems = new Map<string, number[]>();
  let asked = new Int32Array(1024);
  let stamps = 0;
  let stamp = -1; // -1: this answer has no question, nothing is an echo
  let stampedPrompt: string | undefined;
  const stampPrompt = (prompt: string | undefined) => {
    if (prompt === stampedPrompt) return;
    stampedPrompt = prompt;
    if (!prompt) {
      stamp = -1;
      return;
    }
    stamps += 1;
    stamp = stamps;
    let stems = promptStems.get(prompt);
    if (!stems) {
      stems = [];
      for (const m of prompt.matchAll(pattern)) {
        const w = vocab.idOf(m[0]);
        if (!(vocab.wordFlags[w]! & FLAG_STOP)) stems.push(vocab.wordStem[w]!);
      }
      promptStems.set(prompt, stems);
    }
    for (const stem of stems) {
      if (stem >= asked.length) asked = grow(asked, stem + 1);
      asked[stem] = stamp;
    }
  };

  for (let i = 0; i < count; i += 1) {
    const answer = selected[i]!;
    const text = answer.text;
    const begin = length;
    stampPrompt(answer.prompt);
    let previousEnd = -1;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (length + 2 >= stream.length) {
        stream = growInt32(stream, length + 2);
        echo = grow(echo, stream.length);
        offsets = grow(offsets, stream.length);
      }
      if (previousEnd >= 0 && isPhraseBreak(text, previousEnd, m.index)) {
        echo[length] = 0;
        stream[length++] = BREAK;
      }
      const w = vocab.idOf(m[0]);
      const stem = vocab.wordStem[w]!;
      echo[length] = stem < asked.length && asked[stem] === stamp ? 1 : 0;
      offsets[length] = m.index;
      stream[length++] = w;
      words += 1;
      previousEnd = m.index + m[0].length;
    }
    if (length === begin) continue; // only punctuation: nothing to analyse
    if (length + 1 >= stream.length) {
      stream = growInt32(stream, length + 1);
      echo = grow(echo, stream.length);
      offsets = grow(offsets, stream.length);
    }
    echo[length] = 0;
    stream[length++] = BREAK;
    const d = answers.length;
    answers.push(answer);
    docStart[d] = begin;
    const p = periodIndex(periods.starts, answer.createdAt);
    docPeriod[d] = p;
    if (p >= 0) periodTotals[p] = (periodTotals[p] ?? 0) + 1;
    let s = sessions.get(answer.sessionId);
    if (s === undefined) {
      s = sessions.size;
      sessions.set(answer.sessionId, s);
    }
    docSession[d] = s;
    docPillar[d] = pillarIndex.get(answer.pillar) ?? NO_PILLAR;
    if ((i & 4095) === 4095) progress(i / count);
  }
  docStart[answers.length] = length;
  docStart = docStart.subarray(0, answers.length + 1);
  progress(1);
  return {
    answers,
    docStart,
    stream,
    echo,
    offsets,
    docPeriod,
    docSession,
    docPillar,
    sessionCount: sessions.size,
    periods,
    periodTotals,
    words,
    vocab,
  };
}
