// Shared helpers for the shipped library: one fixed timestamp and a compact way to declare prompts.
import type { Pillar, Prompt, PromptCategory, PromptKind } from '../types';

/**
 * createdAt/updatedAt of every built-in record. Fixed (not the install time) so that the same
 * build always produces identical records; installBuiltIns compares content, not this value.
 */
export const BUILT_IN_TIMESTAMP = Date.UTC(2026, 0, 1);

/** One prompt as written in the library files: the group supplies pillar, category and kind. */
export interface PromptEntry {
  /**
   * Stable, human-readable id. Stored answers, sessions and plans point at it forever:
   * NEVER change or reuse an id. To replace a prompt, hide the old one and add a new id.
   */
  id: string;
  text: string;
  /** Shown only to the facilitator: how to hold the prompt, what to do if it lands hard. */
  note: string;
  kind?: PromptKind;
  choices?: string[];
  /** Overrides the group's pillar (used where a category spans pillars). */
  pillar?: Pillar;
}

interface GroupDefaults {
  pillar: Pillar;
  category: PromptCategory;
  kind: PromptKind;
}

/** Turns a group of entries into full built-in Prompt records. */
export function promptGroup(defaults: GroupDefaults, entries: readonly PromptEntry[]): Prompt[] {
  return entries.map((entry) => {
    const prompt: Prompt = {
      id: entry.id,
      pillar: entry.pillar ?? defaults.pillar,
      category: defaults.category,
      kind: entry.kind ?? defaults.kind,
      text: entry.text,
      facilitatorNote: entry.note,
      builtIn: true,
      retired: false,
      createdAt: BUILT_IN_TIMESTAMP,
      updatedAt: BUILT_IN_TIMESTAMP,
    };
    // Only 'choice' prompts carry options; leaving the key off keeps stored records minimal.
    if (entry.choices) prompt.choices = [...entry.choices];
    return prompt;
  });
}
