// The plan editor's working copy. Inputs hold strings (what the person typed); the draft turns
// into a PlanInput only when it is valid, so a half-typed number never reaches the database.
import type { PlanInput } from '../../../db/library';
import type {
  AnswerMode,
  Pillar,
  Plan,
  PlanStep,
  PromptCategory,
  StepKind,
} from '../../../domain/types';
import { newId } from '../../../lib/ids';

export interface StepDraft {
  id: string;
  kind: StepKind;
  title: string;
  sourceType: 'prompts' | 'draw';
  promptIds: string[];
  drawPillar: Pillar;
  drawCategory: PromptCategory;
  drawCount: string;
  mode: AnswerMode;
  minutes: string;
}

export interface PlanDraft {
  name: string;
  description: string;
  steps: StepDraft[];
}

export const MAX_STEPS = 30;
const MIN_SECONDS = 15;
const MAX_SECONDS = 3600;
const MAX_DRAW = 10;

function minutesText(seconds: number): string {
  return String(Math.round((seconds / 60) * 100) / 100);
}

export function stepToDraft(step: PlanStep): StepDraft {
  const source = step.source;
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    sourceType: source?.type ?? 'prompts',
    promptIds: source?.type === 'prompts' ? [...source.promptIds] : [],
    drawPillar: source?.type === 'draw' ? source.pillar : 'relationships',
    drawCategory: (source?.type === 'draw' ? source.category : undefined) ?? 'pillar',
    drawCount: String(source?.type === 'draw' ? source.count : 1),
    mode: step.mode,
    minutes: minutesText(step.timeBoxSec),
  };
}

export function planToDraft(plan: Pick<Plan, 'name' | 'description' | 'steps'>): PlanDraft {
  return { name: plan.name, description: plan.description, steps: plan.steps.map(stepToDraft) };
}

export function newStepDraft(): StepDraft {
  return {
    id: newId(),
    kind: 'prompts',
    title: '',
    sourceType: 'draw',
    promptIds: [],
    drawPillar: 'relationships',
    drawCategory: 'pillar',
    drawCount: '1',
    mode: 'round',
    minutes: '3',
  };
}

export function emptyPlanDraft(): PlanDraft {
  return { name: '', description: '', steps: [newStepDraft()] };
}

/**
 * The same plan as written (nothing changed). Step ids are left out: a new plan's first step gets
 * a new id each time the editor opens.
 */
export function samePlanDraft(a: PlanDraft, b: PlanDraft): boolean {
  const withoutIds = (d: PlanDraft) =>
    JSON.stringify({ ...d, steps: d.steps.map(({ id: _id, ...step }) => step) });
  return withoutIds(a) === withoutIds(b);
}

/** Seconds from a minutes field, or null when it is not a number. */
export function draftSeconds(step: Pick<StepDraft, 'minutes'>): number | null {
  const text = step.minutes.trim().replace(',', '.');
  if (!text) return null;
  const minutes = Number(text);
  return Number.isFinite(minutes) ? Math.round(minutes * 60) : null;
}

/** Whole minutes the draft would take, counting only the time boxes typed so far. */
export function draftMinutes(draft: PlanDraft): number {
  const seconds = draft.steps.reduce((sum, s) => sum + Math.max(0, draftSeconds(s) ?? 0), 0);
  return Math.ceil(seconds / 60);
}

export interface StepErrors {
  title?: string;
  prompts?: string;
  count?: string;
  minutes?: string;
}

export interface PlanErrors {
  name?: string;
  steps?: string;
  /** By step id. */
  byStep: Record<string, StepErrors>;
  count: number;
}

function drawCount(step: StepDraft): number | null {
  const n = Number(step.drawCount.trim());
  return Number.isInteger(n) ? n : null;
}

function stepErrors(step: StepDraft): StepErrors {
  const errors: StepErrors = {};
  const title = step.title.trim();
  if (!title) errors.title = 'Give this step a title.';
  else if (title.length > 80) errors.title = 'Keep the title to 80 characters or fewer.';
  if (step.kind === 'prompts') {
    if (step.sourceType === 'prompts' && step.promptIds.length === 0) {
      errors.prompts = 'Choose at least one prompt, or draw from a pillar instead.';
    }
    const count = drawCount(step);
    if (step.sourceType === 'draw' && (count === null || count < 1 || count > MAX_DRAW)) {
      errors.count = `Draw between 1 and ${MAX_DRAW} prompts.`;
    }
  }
  const seconds = draftSeconds(step);
  if (seconds === null || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    errors.minutes = 'Give a time box between a quarter of a minute and 60 minutes.';
  }
  return errors;
}

export function validatePlanDraft(draft: PlanDraft): PlanErrors {
  const errors: PlanErrors = { byStep: {}, count: 0 };
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the plan a name.';
  else if (name.length > 80) errors.name = 'Keep the name to 80 characters or fewer.';
  if (draft.steps.length === 0) errors.steps = 'Add at least one step.';
  errors.count = Number(Boolean(errors.name)) + Number(Boolean(errors.steps));
  for (const step of draft.steps) {
    const found = stepErrors(step);
    const n = Object.keys(found).length;
    if (n) {
      errors.byStep[step.id] = found;
      errors.count += n;
    }
  }
  return errors;
}

function draftToStep(step: StepDraft): PlanStep {
  const base = {
    id: step.id,
    kind: step.kind,
    title: step.title.trim(),
    timeBoxSec: draftSeconds(step) ?? 0,
  };
  if (step.kind !== 'prompts') return { ...base, mode: 'round' };
  return {
    ...base,
    mode: step.mode,
    source:
      step.sourceType === 'prompts'
        ? { type: 'prompts', promptIds: [...step.promptIds] }
        : {
            type: 'draw',
            pillar: step.drawPillar,
            // Without a category a draw takes in-depth prompts: keep the stored record minimal.
            ...(step.drawCategory === 'pillar' ? {} : { category: step.drawCategory }),
            count: drawCount(step) ?? 1,
          },
  };
}

export function draftToInput(draft: PlanDraft): PlanInput {
  return {
    name: draft.name,
    description: draft.description,
    steps: draft.steps.map(draftToStep),
  };
}
