import type { Pillar, Plan, PlanStep, Prompt, PromptCategory, PromptKind } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { cleanName, cleanText, requireFound, ValidationError } from './validate';

export interface PromptInput {
  pillar: Pillar;
  category: PromptCategory;
  kind: PromptKind;
  text: string;
  choices?: string[];
  facilitatorNote?: string;
}

function cleanPromptInput(input: PromptInput): PromptInput {
  const text = cleanText(input.text, 'Prompt').trim();
  const choices = input.choices?.map((c) => cleanName(c, 'A choice'));
  if (input.kind === 'choice' && (!choices || choices.length < 2)) {
    throw new ValidationError('A choice prompt needs at least two choices.');
  }
  const note = input.facilitatorNote?.trim();
  return {
    pillar: input.pillar,
    category: input.category,
    kind: input.kind,
    text,
    ...(input.kind === 'choice' ? { choices } : {}),
    ...(note ? { facilitatorNote: cleanText(note, 'Facilitator note') } : {}),
  };
}

export async function createPrompt(input: PromptInput): Promise<Prompt> {
  const t = now();
  const prompt: Prompt = {
    id: newId(),
    ...cleanPromptInput(input),
    builtIn: false,
    retired: false,
    createdAt: t,
    updatedAt: t,
  };
  await db.prompts.add(prompt);
  return prompt;
}

/** Built-in prompts are part of the shipped library and cannot be edited, only hidden. */
export async function updatePrompt(id: string, input: PromptInput): Promise<void> {
  const clean = cleanPromptInput(input);
  await db.transaction('rw', db.prompts, async () => {
    const stored = requireFound(await db.prompts.get(id), 'Prompt');
    if (stored.builtIn) throw new ValidationError('Built-in prompts can be hidden, not edited.');
    await db.prompts.put({
      ...stored,
      ...clean,
      choices: clean.choices,
      facilitatorNote: clean.facilitatorNote,
      updatedAt: now(),
    });
  });
}

/** Retire (custom) or hide (built-in). Nothing is destroyed: past answers keep their prompt. */
export async function setPromptRetired(id: string, retired: boolean): Promise<void> {
  await db.transaction('rw', db.prompts, async () => {
    requireFound(await db.prompts.get(id), 'Prompt');
    await db.prompts.update(id, { retired, updatedAt: now() });
  });
}

export interface PlanInput {
  name: string;
  description: string;
  steps: PlanStep[];
}

function cleanPlanInput(input: PlanInput): PlanInput {
  if (input.steps.length === 0) throw new ValidationError('A plan needs at least one step.');
  if (input.steps.length > 30) throw new ValidationError('A plan can have at most 30 steps.');
  const steps = input.steps.map((s) => {
    if (!Number.isFinite(s.timeBoxSec) || s.timeBoxSec < 15 || s.timeBoxSec > 3600) {
      throw new ValidationError('Each step needs a time box between 15 seconds and an hour.');
    }
    if (s.kind === 'prompts') {
      const source = s.source;
      if (!source) throw new ValidationError(`Step "${s.title}" needs a prompt.`);
      if (source.type === 'prompts' && source.promptIds.length === 0) {
        throw new ValidationError(`Step "${s.title}" needs at least one prompt.`);
      }
    }
    return { ...s, title: cleanName(s.title, 'Step title') };
  });
  return {
    name: cleanName(input.name, 'Plan name'),
    description: cleanText(input.description, 'Description', { allowEmpty: true }).trim(),
    steps,
  };
}

export async function createPlan(input: PlanInput): Promise<Plan> {
  const t = now();
  const plan: Plan = {
    id: newId(),
    ...cleanPlanInput(input),
    builtIn: false,
    retired: false,
    createdAt: t,
    updatedAt: t,
  };
  await db.plans.add(plan);
  return plan;
}

export async function updatePlan(id: string, input: PlanInput): Promise<void> {
  const clean = cleanPlanInput(input);
  await db.transaction('rw', db.plans, async () => {
    const stored = requireFound(await db.plans.get(id), 'Plan');
    if (stored.builtIn) throw new ValidationError('Built-in plans cannot be edited: duplicate it.');
    await db.plans.put({ ...stored, ...clean, updatedAt: now() });
  });
}

export async function duplicatePlan(id: string): Promise<Plan> {
  const stored = requireFound(await db.plans.get(id), 'Plan');
  const name = `${stored.name} (copy)`.slice(0, 80);
  return createPlan({
    name,
    description: stored.description,
    steps: stored.steps.map((s) => ({ ...s, id: newId() })),
  });
}

export async function setPlanRetired(id: string, retired: boolean): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    requireFound(await db.plans.get(id), 'Plan');
    await db.plans.update(id, { retired, updatedAt: now() });
  });
}
