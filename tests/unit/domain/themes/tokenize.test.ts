import { describe, expect, it } from 'vitest';
import { compactKey, stemWord, wordFlags } from '../../../../src/domain/themes/normalise';
import { STOPWORDS } from '../../../../src/domain/themes/stopwords';
import { tokenize } from '../../../../src/domain/themes/tokenize';

describe('tokenize', () => {
  it('lowercases and splits on spaces and punctuation', () => {
    expect(tokenize('Paperwork! Three hours of forms, before lunch.')).toEqual([
      'paperwork',
      'three',
      'hours',
      'of',
      'forms',
      'before',
      'lunch',
    ]);
  });

  it('keeps apostrophes and hyphens inside words, curly ones folded to straight', () => {
    expect(tokenize("We don't rush the team’s follow-up or self‐care")).toEqual([
      'we',
      "don't",
      'rush',
      'the',
      "team's",
      'follow-up',
      'or',
      'self-care',
    ]);
  });

  it('drops quotes, trailing apostrophes and dashes between words', () => {
    expect(tokenize("'Clients' voices' — not 'ours' - ever")).toEqual([
      'clients',
      'voices',
      'not',
      'ours',
      'ever',
    ]);
  });

  it('reads letters of any script, accents and digits', () => {
    expect(tokenize('Zoë’s café; naïve Ärger, 3 Familien 家族 2026')).toEqual([
      "zoë's",
      'café',
      'naïve',
      'ärger',
      '3',
      'familien',
      '家族',
      '2026',
    ]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('… !! -- ??')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('stems with Porter so plurals and verb forms meet', () => {
    expect(stemWord('families')).toBe(stemWord('family'));
    expect(stemWord('supervising')).toBe(stemWord('supervision'));
    expect(stemWord("team's")).toBe(stemWord('team'));
    expect(stemWord('co-workers')).toBe('co-worker');
  });

  it('gives near-duplicates one compact key', () => {
    const key = (text: string) => compactKey(tokenize(text).map(stemWord));
    expect(key('paperwork')).toBe('paperwork');
    expect(key('paper work')).toBe('paperwork');
    expect(key('Paper-work')).toBe('paperwork');
    expect(key('care givers')).toBe(key('caregiver'));
  });

  it('treats stopwords, filler, bare numbers and single letters as non-topics', () => {
    for (const word of ['the', 'really', 'just', 'think', 'week', "don't", 'when', '42', 'x']) {
      expect(wordFlags(word)).not.toBe(0);
    }
    for (const word of ['paperwork', 'time', 'work', 'supervision', 'families']) {
      expect(wordFlags(word)).toBe(0);
    }
    expect(STOPWORDS.has('team')).toBe(true);
  });
});
