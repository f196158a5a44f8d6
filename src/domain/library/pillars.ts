// Names and one-line meanings of the five pillars, for labels, pickers and summaries.
import type { Pillar } from '../types';

export interface PillarInfo {
  label: string;
  /** One plain-language line: what living this pillar looks like. */
  summary: string;
}

export const PILLAR_INFO: Record<Pillar, PillarInfo> = {
  relationships: {
    label: 'Relationships First',
    summary: 'Connection before task: knowing and backing one another.',
  },
  learning: {
    label: 'Lifelong Learning',
    summary: 'Learning from clients, colleagues and mistakes: curiosity over blame.',
  },
  play: {
    label: 'Play as Change',
    summary: 'Joy, humour and play as real drivers of resilience and change.',
  },
  power: {
    label: 'Shift Power',
    summary:
      'Asking whose voice is missing, and moving decisions closer to the people they affect.',
  },
  parallel: {
    label: 'Parallel Process',
    summary: 'Treating each other the way we ask ourselves to treat clients: walking the talk.',
  },
};
