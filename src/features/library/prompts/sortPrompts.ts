import { CATEGORY_LABELS } from '../../../domain/pillars';
import { PILLARS, type Prompt, type PromptCategory } from '../../../domain/types';
import type { PromptFilter } from './PromptFilters';

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as PromptCategory[];

/** By pillar, then category; within those, your own prompts first (newest first). */
export function comparePrompts(a: Prompt, b: Prompt): number {
  return (
    PILLARS.indexOf(a.pillar) - PILLARS.indexOf(b.pillar) ||
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    Number(a.builtIn) - Number(b.builtIn) ||
    (a.builtIn ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : b.createdAt - a.createdAt)
  );
}

export function matchesFilter(prompt: Prompt, filter: PromptFilter): boolean {
  return (
    (!filter.pillar || prompt.pillar === filter.pillar) &&
    (!filter.category || prompt.category === filter.category) &&
    (filter.status === 'all' || (filter.status === 'off') === prompt.retired)
  );
}
