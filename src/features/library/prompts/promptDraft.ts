// The prompt form's working copy and its checks, kept apart from the form so they can be tested.
import type { PromptInput } from '../../../db/library';
import type { Pillar, Prompt, PromptCategory, PromptKind } from '../../../domain/types';

export interface PromptDraft {
  pillar: Pillar;
  category: PromptCategory;
  kind: PromptKind;
  text: string;
  /** One choice per line. */
  choices: string;
  facilitatorNote: string;
}

export interface PromptErrors {
  text?: string;
  choices?: string;
}

export function promptToDraft(prompt: Prompt | null): PromptDraft {
  return {
    pillar: prompt?.pillar ?? 'relationships',
    category: prompt?.category ?? 'pillar',
    kind: prompt?.kind ?? 'text',
    text: prompt?.text ?? '',
    choices: prompt?.choices?.join('\n') ?? '',
    facilitatorNote: prompt?.facilitatorNote ?? '',
  };
}

/** The same form contents (nothing changed since it was saved or opened). */
export function samePromptDraft(a: PromptDraft, b: PromptDraft): boolean {
  return (
    a.pillar === b.pillar &&
    a.category === b.category &&
    a.kind === b.kind &&
    a.text === b.text &&
    a.choices === b.choices &&
    a.facilitatorNote === b.facilitatorNote
  );
}

function choiceList(draft: PromptDraft): string[] {
  return draft.choices
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
}

export function validatePromptDraft(draft: PromptDraft): PromptErrors {
  const errors: PromptErrors = {};
  if (!draft.text.trim()) errors.text = 'Write the prompt: the question people will answer.';
  if (draft.kind === 'choice') {
    const choices = choiceList(draft);
    if (choices.length < 2) errors.choices = 'List at least two choices, one per line.';
    else if (choices.some((c) => c.length > 80)) {
      errors.choices = 'Keep each choice to 80 characters or fewer.';
    }
  }
  return errors;
}

export function draftToPromptInput(draft: PromptDraft): PromptInput {
  return {
    pillar: draft.pillar,
    category: draft.category,
    kind: draft.kind,
    text: draft.text,
    ...(draft.kind === 'choice' ? { choices: choiceList(draft) } : {}),
    facilitatorNote: draft.facilitatorNote,
  };
}
