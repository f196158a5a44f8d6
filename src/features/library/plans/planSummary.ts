// Plain-words descriptions of a plan's steps, for the plan list.
import { CATEGORY_LABELS, MODE_LABELS, PILLAR_LABELS } from '../../../domain/pillars';
import type { PlanStep, StepKind } from '../../../domain/types';

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  prompts: 'Answer prompts',
  'review-commitments': "Review last time's commitments",
  commitments: 'Make new commitments',
};

/** "2 min", "1.5 min", "45 s". */
export function formatTimeBox(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.round((seconds / 60) * 10) / 10} min`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 prompt drawn from Relationships First (In depth) · Round · 4 min" */
export function stepSummary(step: PlanStep): string {
  const parts: string[] = [];
  if (step.kind !== 'prompts') parts.push(STEP_KIND_LABELS[step.kind]);
  else if (step.source?.type === 'draw') {
    const category = CATEGORY_LABELS[step.source.category ?? 'pillar'];
    parts.push(
      `${plural(step.source.count, 'prompt')} drawn from ${PILLAR_LABELS[step.source.pillar]} (${category})`,
    );
  } else {
    parts.push(plural(step.source?.promptIds.length ?? 0, 'chosen prompt'));
  }
  if (step.kind === 'prompts') parts.push(MODE_LABELS[step.mode]);
  parts.push(formatTimeBox(step.timeBoxSec));
  return parts.join(' · ');
}
