// Display labels shared by every screen. The pillar names come from the shipped library.
import { PILLAR_INFO } from './library/pillars';
import {
  type AnswerMode,
  PILLARS,
  type Pillar,
  type PromptCategory,
  type PromptKind,
} from './types';

export const PILLAR_LABELS: Record<Pillar, string> = {
  relationships: PILLAR_INFO.relationships.label,
  learning: PILLAR_INFO.learning.label,
  play: PILLAR_INFO.play.label,
  power: PILLAR_INFO.power.label,
  parallel: PILLAR_INFO.parallel.label,
};

export const CATEGORY_LABELS: Record<PromptCategory, string> = {
  pillar: 'In depth',
  checkin: 'Check-in',
  pulse: 'Workplace pulse',
  'pillar-rating': 'Walking the talk rating',
  burden: 'What got in the way of care',
  opener: 'Opener',
  closer: 'Closer',
  warmup: 'Warm-up',
};

export const MODE_LABELS: Record<AnswerMode, string> = {
  round: 'Round',
  private: 'Private',
  anonymous: 'Anonymous',
  pulse: 'Pulse',
};

export const MODE_DESCRIPTIONS: Record<AnswerMode, string> = {
  round: 'Go round the room; the facilitator types what each person says. Anyone may pass.',
  private: 'Pass the device round; each person writes unseen. Names are kept with answers.',
  anonymous: 'Pass the device round; each person writes unseen. No names stored.',
  pulse: 'Pass the device round; each person taps 1 to 5. Only the spread is shown.',
};

export const KIND_LABELS: Record<PromptKind, string> = {
  text: 'Words',
  scale: 'Scale 1 to 5',
  feeling: 'Feeling words',
  choice: 'Choice',
};

export const KIND_DESCRIPTIONS: Record<PromptKind, string> = {
  text: 'A sentence or two, typed or spoken.',
  scale: 'A tap from 1 to 5.',
  feeling: 'One or more words from the feelings list.',
  choice: 'One of the options you list.',
};

export function isPillar(value: string | null): value is Pillar {
  return value !== null && (PILLARS as readonly string[]).includes(value);
}
