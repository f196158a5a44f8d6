import type { AnswerMode } from '../../../domain/types';

/**
 * What the person writing on the passed device is told about who will see it. Once the step's
 * answers are revealed, a finished answer is shown at once, so the screen must say so.
 */
export function writingNotice(mode: AnswerMode, revealed: boolean): string {
  if (mode === 'pulse') {
    const shown =
      'Only the spread of answers is ever shown, and only when at least three people answered.';
    return revealed
      ? `The spread is already showing; yours joins it when you press Done. ${shown}`
      : shown;
  }
  const noName = mode === 'anonymous' ? 'No name is stored with what you write. ' : '';
  return revealed
    ? `${noName}The answers are already revealed: yours is shown to everyone as soon as you press Done.`
    : `${noName}Nobody sees ${mode === 'anonymous' ? 'it' : 'this'} until the answers are revealed.`;
}
