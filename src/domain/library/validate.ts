// Checks the shipped library's invariants. Run by the unit tests so a content edit that breaks
// an id, a plan reference or a pulse item fails the build instead of a live huddle.
import { PILLARS, type Plan, type Prompt } from '../types';
import type { FeelingFamily } from './feelings';
import { plansEstimatedMinutes } from './planSteps';

export interface LibraryContent {
  prompts: readonly Prompt[];
  plans: readonly Plan[];
  feelings: readonly FeelingFamily[];
}

/** Minimum in-depth prompts per pillar, so rotation can avoid repeats for several huddles. */
export const MIN_PROMPTS_PER_PILLAR = 8;
export const PULSE_SIZE = 7;
export const CHECKIN_SIZE = 3;
export const MIN_FEELING_WORDS = 30;
export const MIN_FEELING_FAMILIES = 6;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const value of values) (seen.has(value) ? dupes : seen).add(value);
  return [...dupes];
}

/** Every problem found, as a plain sentence; an empty list means the library is sound. */
export function validateLibrary(library: LibraryContent): string[] {
  return [
    ...promptProblems(library.prompts),
    ...planProblems(library.plans, library.prompts),
    ...feelingProblems(library.feelings),
  ];
}

function promptProblems(prompts: readonly Prompt[]): string[] {
  const problems: string[] = [];
  for (const id of duplicates(prompts.map((p) => p.id))) problems.push(`Duplicate prompt id ${id}`);

  for (const p of prompts) {
    if (!p.text.trim()) problems.push(`Prompt ${p.id} has no text`);
    if (p.builtIn && !p.id.startsWith('bi-')) problems.push(`Built-in prompt ${p.id} lacks bi-`);
    if (p.builtIn && !p.facilitatorNote?.trim()) {
      problems.push(`Built-in prompt ${p.id} has no facilitator note`);
    }
    if (p.kind === 'choice' && (p.choices?.length ?? 0) < 2) {
      problems.push(`Choice prompt ${p.id} needs at least two choices`);
    }
    if (p.kind !== 'choice' && p.choices !== undefined) {
      problems.push(`Prompt ${p.id} has choices but is not a choice prompt`);
    }
  }

  const live = prompts.filter((p) => !p.retired);
  for (const pillar of PILLARS) {
    const n = live.filter((p) => p.category === 'pillar' && p.pillar === pillar).length;
    if (n < MIN_PROMPTS_PER_PILLAR) {
      problems.push(`Pillar ${pillar} has ${n} in-depth prompts (needs ${MIN_PROMPTS_PER_PILLAR})`);
    }
  }

  const pulse = live.filter((p) => p.category === 'pulse');
  if (pulse.length !== PULSE_SIZE) problems.push(`Pulse has ${pulse.length} items, not 7`);
  const checkin = live.filter((p) => p.category === 'checkin');
  if (checkin.length !== CHECKIN_SIZE) problems.push(`Check-in has ${checkin.length} questions`);
  for (const p of [...pulse, ...live.filter((q) => q.category === 'pillar-rating')]) {
    if (p.kind !== 'scale') problems.push(`${p.category} prompt ${p.id} must be a 1–5 scale`);
  }
  for (const pillar of PILLARS) {
    const ratings = live.filter((p) => p.category === 'pillar-rating' && p.pillar === pillar);
    if (ratings.length !== 1) problems.push(`Pillar ${pillar} has ${ratings.length} ratings`);
  }
  return problems;
}

function planProblems(plans: readonly Plan[], prompts: readonly Prompt[]): string[] {
  const problems: string[] = [];
  const byId = new Map(prompts.map((p) => [p.id, p]));
  for (const id of duplicates(plans.map((p) => p.id))) problems.push(`Duplicate plan id ${id}`);
  const stepIds = plans.flatMap((plan) => plan.steps.map((s) => s.id));
  for (const id of duplicates(stepIds)) problems.push(`Duplicate plan step id ${id}`);

  for (const plan of plans) {
    const minutes = plansEstimatedMinutes(plan);
    if (plan.builtIn && (minutes < 10 || minutes > 20)) {
      problems.push(`Plan ${plan.id} takes ${minutes} minutes (should be 10–20)`);
    }
    for (const step of plan.steps) {
      const where = `Plan ${plan.id} step ${step.id}`;
      if (step.timeBoxSec <= 0) problems.push(`${where} has no time box`);
      if (step.kind !== 'prompts') {
        if (step.source) problems.push(`${where} is not a prompts step but has a source`);
        continue;
      }
      const source = step.source;
      if (!source) {
        problems.push(`${where} has no prompts`);
      } else if (source.type === 'prompts') {
        if (source.promptIds.length === 0) problems.push(`${where} lists no prompts`);
        for (const id of source.promptIds) {
          const prompt = byId.get(id);
          if (!prompt) problems.push(`${where} refers to missing prompt ${id}`);
          else if (step.mode === 'pulse' && prompt.kind !== 'scale') {
            problems.push(`${where} asks non-scale prompt ${id} as a pulse`);
          }
        }
      } else {
        const category = source.category ?? 'pillar';
        const pool = prompts.filter(
          (p) => !p.retired && p.pillar === source.pillar && p.category === category,
        );
        if (pool.length < source.count) {
          problems.push(`${where} draws ${source.count} from a pool of ${pool.length}`);
        }
        if (step.mode === 'pulse' && pool.some((p) => p.kind !== 'scale')) {
          problems.push(`${where} could draw a non-scale prompt into a pulse`);
        }
      }
    }
  }
  return problems;
}

function feelingProblems(families: readonly FeelingFamily[]): string[] {
  const problems: string[] = [];
  const words = families.flatMap((f) => f.words);
  if (families.length < MIN_FEELING_FAMILIES) {
    problems.push(`Only ${families.length} feeling families (needs ${MIN_FEELING_FAMILIES})`);
  }
  if (words.length < MIN_FEELING_WORDS) {
    problems.push(`Only ${words.length} feeling words (needs ${MIN_FEELING_WORDS})`);
  }
  for (const id of duplicates(families.map((f) => f.id))) problems.push(`Duplicate family ${id}`);
  for (const w of duplicates(words.map((w) => w.toLowerCase()))) {
    problems.push(`Duplicate feeling word ${w}`);
  }
  for (const w of words) {
    if (w !== w.trim().toLowerCase() || !w) problems.push(`Feeling word "${w}" is not normalised`);
  }
  for (const tone of ['pleasant', 'unpleasant'] as const) {
    if (!families.some((f) => f.tone === tone)) problems.push(`No ${tone} feeling family`);
  }
  return problems;
}
