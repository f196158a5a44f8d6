// Validators for every record a backup carries (format version 1). They check shape and types
// strictly (unknown fields are refused) but not the app's business limits, which may change:
// a backup must restore whatever the app once stored. See docs/BACKUP-FORMAT.md.
import { z } from 'zod';
import {
  type Commitment,
  type CommitmentReview,
  type Deletion,
  type Guest,
  type Member,
  PILLARS,
  type Plan,
  type PlanStep,
  type Prompt,
  type Response,
  type ResponseTheme,
  type Session,
  type SessionStep,
  type StepSource,
  type Team,
  type Theme,
} from '../types';
import { RECORD_TABLES } from './format';

// No `new Function` probe: the app's Content-Security-Policy forbids eval, and browsers report
// even a caught attempt as a violation. Must run before the first schema below is built (zod
// checks at construction), which is why it lives here, the first module to build schemas.
z.config({ jitless: true });

/** Longest text accepted in any field: ten times the app's own limit on what a person types. */
export const MAX_STRING_LENGTH = 50_000;
const MAX_ID_LENGTH = 200;

const text = z.string().max(MAX_STRING_LENGTH);
const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  // Ids are made by the app (UUIDs, `bi-…` slugs): a control character means damage.
  .regex(/^[^\p{Cc}]+$/u, 'An id cannot contain control characters');
const millis = z.int().min(0);
const pillar = z.enum(PILLARS);
const category = z.enum([
  'pillar',
  'checkin',
  'pulse',
  'pillar-rating',
  'burden',
  'opener',
  'closer',
  'warmup',
]);
const promptKind = z.enum(['text', 'scale', 'feeling', 'choice']);
const answerMode = z.enum(['round', 'private', 'anonymous', 'pulse']);
const stepKind = z.enum(['prompts', 'review-commitments', 'commitments']);
const commitmentStatus = z.enum(['open', 'done', 'in-progress', 'dropped', 'carried']);

const base = { id, createdAt: millis, updatedAt: millis };

export const teamSchema = z.strictObject({
  ...base,
  name: text,
  archived: z.boolean(),
  sample: z.boolean().optional(),
  agreements: z.array(text),
});

export const memberSchema = z.strictObject({
  ...base,
  teamId: id,
  name: text,
  archived: z.boolean(),
});

export const promptSchema = z.strictObject({
  ...base,
  pillar,
  category,
  kind: promptKind,
  text,
  choices: z.array(text).optional(),
  facilitatorNote: text.optional(),
  builtIn: z.boolean(),
  retired: z.boolean(),
});

const promptsSource = z.strictObject({ type: z.literal('prompts'), promptIds: z.array(id) });
const drawSource = z.strictObject({
  type: z.literal('draw'),
  pillar,
  category: category.optional(),
  count: z.int(),
});

const planStep = z.strictObject({
  id,
  kind: stepKind,
  title: text,
  source: z.discriminatedUnion('type', [promptsSource, drawSource]).optional(),
  mode: answerMode,
  timeBoxSec: z.number(),
});

export const planSchema = z.strictObject({
  ...base,
  name: text,
  description: text,
  builtIn: z.boolean(),
  retired: z.boolean(),
  steps: z.array(planStep),
});

const sessionStep = z.strictObject({
  planStepId: id,
  kind: stepKind,
  title: text,
  mode: answerMode,
  timeBoxSec: z.number(),
  promptIds: z.array(id),
  revealed: z.boolean(),
});
const guest = z.strictObject({ id, name: text });

export const sessionSchema = z.strictObject({
  ...base,
  teamId: id,
  planId: id,
  planName: text,
  status: z.enum(['active', 'completed', 'abandoned']),
  currentStep: z.int(),
  steps: z.array(sessionStep),
  attendance: z.array(id),
  guests: z.array(guest),
  startedAt: millis,
  endedAt: millis.nullable(),
  stoppedAtStep: z.int().min(0).optional(),
  pillars: z.array(pillar),
});

export const responseSchema = z.strictObject({
  ...base,
  sessionId: id,
  teamId: id,
  stepIndex: z.int().min(0),
  promptId: id,
  pillar,
  memberId: id.nullable(),
  slot: z.int().optional(),
  passed: z.boolean(),
  text: text.optional(),
  rating: z.number().optional(),
  feelings: z.array(text).optional(),
  draft: z.literal(true).optional(),
});

const commitmentReview = z.strictObject({ sessionId: id, status: commitmentStatus, at: millis });

export const commitmentSchema = z.strictObject({
  ...base,
  teamId: id,
  sessionId: id,
  text,
  owner: text.optional(),
  due: text.optional(),
  pillar: pillar.optional(),
  status: commitmentStatus,
  reviewedInSessionId: id.optional(),
  carriedFromId: id.optional(),
  history: z.array(commitmentReview),
});

export const themeSchema = z.strictObject({
  ...base,
  teamId: id,
  label: text,
  keywords: z.array(text),
  pinned: z.boolean(),
  hidden: z.boolean(),
  curated: z.boolean(),
});

export const responseThemeSchema = z.strictObject({
  ...base,
  responseId: id,
  themeId: id,
  teamId: id,
});

export const deletionSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH * 2),
  table: z.enum(RECORD_TABLES),
  recordId: id,
  deletedAt: millis,
});

/** True only when A and B are mutually assignable AND have the same keys (optional ones too). */
export type Same<A, B> = [A, keyof A] extends [B, keyof B]
  ? [B, keyof B] extends [A, keyof A]
    ? true
    : false
  : false;
/** Compile-time guard: a field added to a record type must be added to its validator too. */
export function sameShape<A, B>(_proof: Same<A, B>): void {}
sameShape<z.infer<typeof teamSchema>, Team>(true);
sameShape<z.infer<typeof memberSchema>, Member>(true);
sameShape<z.infer<typeof promptSchema>, Prompt>(true);
sameShape<z.infer<typeof planSchema>, Plan>(true);
sameShape<z.infer<typeof planStep>, PlanStep>(true);
sameShape<z.infer<typeof promptsSource>, Extract<StepSource, { type: 'prompts' }>>(true);
sameShape<z.infer<typeof drawSource>, Extract<StepSource, { type: 'draw' }>>(true);
sameShape<z.infer<typeof sessionSchema>, Session>(true);
sameShape<z.infer<typeof sessionStep>, SessionStep>(true);
sameShape<z.infer<typeof guest>, Guest>(true);
sameShape<z.infer<typeof responseSchema>, Response>(true);
sameShape<z.infer<typeof commitmentSchema>, Commitment>(true);
sameShape<z.infer<typeof commitmentReview>, CommitmentReview>(true);
sameShape<z.infer<typeof themeSchema>, Theme>(true);
sameShape<z.infer<typeof responseThemeSchema>, ResponseTheme>(true);
sameShape<z.infer<typeof deletionSchema>, Deletion>(true);
