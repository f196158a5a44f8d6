// Splitting answer text into words. The same pattern serves the engine and the plain baseline
// pass the benchmark compares it with, so the two measure the same tokenising work.

/**
 * A word: letters of any script or digits (with combining marks), joined by apostrophes or
 * hyphens only when a letter or digit follows ("don't", "team's", "follow-up", "self-care").
 * A trailing apostrophe ("clients'") is left out.
 */
export const TOKEN_PATTERN =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u2010-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Lowercase, curly apostrophe and Unicode hyphen folded to their ASCII forms. */
export function normaliseWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('\u2019')) word = word.replaceAll('\u2019', "'");
  if (word.includes('\u2010')) word = word.replaceAll('\u2010', '-');
  return word;
}

/** The plain tokenising pass: lowercase words, in order. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) words.push(normaliseWord(m[0]));
  return words;
}

/**
 * True when the text between two words ends a phrase: anything but spaces and tabs (a full
 * stop, comma, dash, bracket, slash or line break). "paperwork, billing" is two phrases.
 */
export function isPhraseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f) return true;
  }
  return false;
}
