// The visible agenda: predictable pacing means everyone can see where we are and what is next.
import type { AnswerMode, StepKind } from '../types';
import { activeIndex, phase } from './selectors';
import type { HuddleState } from './state';

/** 'not-reached' appears only on the summary, for steps an early end never got to. */
export type AgendaStatus = 'done' | 'current' | 'upcoming' | 'skipped' | 'not-reached';

export interface AgendaItem {
  index: number;
  title: string;
  kind: StepKind;
  mode: AnswerMode;
  timeBoxSec: number;
  status: AgendaStatus;
  wentOver: boolean;
}

export function agenda(state: HuddleState): AgendaItem[] {
  const current = activeIndex(state);
  const onSummary = phase(state) === 'summary';
  return state.steps.map((step, index) => {
    const progress = state.progress[index];
    let status: AgendaStatus = 'upcoming';
    if (index === current) status = 'current';
    else if (progress?.outcome) status = progress.outcome;
    else if (onSummary) status = progress?.visited ? 'done' : 'not-reached';
    return {
      index,
      title: step.title,
      kind: step.kind,
      mode: step.mode,
      timeBoxSec: step.timeBoxSec,
      status,
      wentOver: progress?.wentOver ?? false,
    };
  });
}

export type UpNext = { kind: 'step'; index: number; title: string } | { kind: 'summary' } | null;

/** What NEXT (or START, from the lobby) leads to; null on the summary. */
export function upNext(state: HuddleState): UpNext {
  if (phase(state) === 'summary') return null;
  const index = state.currentStep + 1;
  const step = state.steps[index];
  return step ? { kind: 'step', index, title: step.title } : { kind: 'summary' };
}

/**
 * A time box as the agenda shows it, exact so it never promises more than the timer gives:
 * "3 min", "2½ min", "1 min 20 s", "45 s".
 */
export function timeBoxText(seconds: number): string {
  const total = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return `${rest} s`;
  if (rest === 0) return `${minutes} min`;
  if (rest === 30) return `${minutes}½ min`;
  return `${minutes} min ${rest} s`;
}
