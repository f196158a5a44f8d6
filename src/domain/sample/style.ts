// The small habits of typed answers: capitals, full stops, lead-ins and the odd typo.
import type { RandomSource } from '../library/random';
import type { Compiled } from './templates';

/** "I …", slot-first templates and questions read wrong after "Honestly, …". */
export function takesLeadIn(template: Compiled): boolean {
  const first = template[0] ?? '';
  return first.length > 1 && !/^I\b/.test(first) && !template.some((part) => part.includes('?'));
}

/** A fragment typed in a hurry gets a full stop before another sentence follows it. */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function capitalise(text: string): string {
  const c = text.charAt(0);
  return c === c.toUpperCase() ? text : c.toUpperCase() + text.slice(1);
}

/** Swaps, drops or doubles one letter of a longer word: the slips of quick typing. */
export function addTypo(text: string, random: RandomSource): string {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const at = Math.floor(random() * text.length);
    let start = at;
    while (start > 0 && text.charAt(start - 1) !== ' ') start -= 1;
    let end = at;
    while (end < text.length && text.charAt(end) !== ' ') end += 1;
    const word = text.slice(start, end);
    if (word.length < 5 || !/^[a-z]+$/.test(word)) continue;
    const i = 1 + Math.floor(random() * (word.length - 3));
    const kind = random();
    const typed =
      kind < 0.5
        ? word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2)
        : kind < 0.8
          ? word.slice(0, i) + word.slice(i + 1)
          : word.slice(0, i) + word.charAt(i) + word.slice(i);
    return text.slice(0, start) + typed + text.slice(end);
  }
  return text;
}
