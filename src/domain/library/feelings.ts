// Vocabulary for the "How are you feeling?" picker. Words are grouped into families so the
// picker stays scannable on a shared screen. No feeling is good or bad to have: `tone` only
// describes how a feeling tends to feel, so insights can show the room's weather without judging.

export type FeelingTone = 'pleasant' | 'unpleasant' | 'mixed';

export interface FeelingFamily {
  /** Stable id: stored answers keep the words, but summaries may group by family. */
  id: string;
  label: string;
  tone: FeelingTone;
  words: string[];
}

export const FEELING_FAMILIES: FeelingFamily[] = [
  {
    id: 'calm',
    label: 'Calm and content',
    tone: 'pleasant',
    words: ['calm', 'content', 'settled', 'relaxed', 'grounded', 'peaceful'],
  },
  {
    id: 'joyful',
    label: 'Joyful and energised',
    tone: 'pleasant',
    words: ['joyful', 'energised', 'playful', 'excited', 'lively', 'cheerful'],
  },
  {
    id: 'hopeful',
    label: 'Hopeful and grateful',
    tone: 'pleasant',
    words: ['hopeful', 'grateful', 'proud', 'inspired', 'encouraged', 'optimistic'],
  },
  {
    id: 'connected',
    label: 'Connected and cared for',
    tone: 'pleasant',
    words: ['connected', 'supported', 'appreciated', 'included', 'safe', 'trusting'],
  },
  {
    id: 'curious',
    label: 'Curious and focused',
    tone: 'pleasant',
    words: ['curious', 'focused', 'interested', 'motivated', 'alert', 'determined'],
  },
  {
    id: 'mixed',
    label: 'Mixed or unsure',
    tone: 'mixed',
    words: ['unsure', 'mixed', 'distracted', 'restless', 'numb', 'bittersweet'],
  },
  {
    id: 'tired',
    label: 'Tired and depleted',
    tone: 'unpleasant',
    words: ['tired', 'drained', 'depleted', 'flat', 'sleepy', 'worn out'],
  },
  {
    id: 'anxious',
    label: 'Anxious and worried',
    tone: 'unpleasant',
    words: ['anxious', 'worried', 'nervous', 'uneasy', 'on edge', 'unsettled'],
  },
  {
    id: 'overwhelmed',
    label: 'Overwhelmed and stretched',
    tone: 'unpleasant',
    words: ['overwhelmed', 'stretched', 'stressed', 'scattered', 'swamped', 'under pressure'],
  },
  {
    id: 'frustrated',
    label: 'Frustrated and angry',
    tone: 'unpleasant',
    words: ['frustrated', 'irritated', 'annoyed', 'impatient', 'angry', 'resentful'],
  },
  {
    id: 'sad',
    label: 'Sad and heavy',
    tone: 'unpleasant',
    words: ['sad', 'heavy', 'disappointed', 'lonely', 'hurt', 'grieving'],
  },
];

/** Every word, in family order (the picker's order). */
export const ALL_FEELING_WORDS: readonly string[] = FEELING_FAMILIES.flatMap((f) => f.words);

const FAMILY_BY_WORD = new Map(
  FEELING_FAMILIES.flatMap((family) => family.words.map((word) => [word, family] as const)),
);

/** The family a word belongs to, or undefined for a word typed by hand. Case-insensitive. */
export function feelingFamilyOf(word: string): FeelingFamily | undefined {
  return FAMILY_BY_WORD.get(word.trim().toLowerCase());
}
