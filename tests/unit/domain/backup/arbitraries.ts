// fast-check arbitraries for backup data, consistent with src/domain/backup/schemas.ts: every
// value they make passes validation. Strings include what people paste and what attackers
// try: markup, formula starts, "__proto__", quotes, control characters, lone surrogates.
import fc from 'fast-check';
import { type BackupData, RECORD_TABLES, tombstoneId } from '../../../../src/domain/backup/format';
import {
  type Commitment,
  type Deletion,
  type Member,
  PILLARS,
  type Plan,
  type Prompt,
  type Response,
  type ResponseTheme,
  type Session,
  type Team,
  type Theme,
} from '../../../../src/domain/types';

const HOSTILE = [
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil","x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tindent',
  '"quoted", with comma',
  'line\nbreak\r\nand CRLF',
  '\u0000\u0007\u001b[31m',
  '\ud800 lone surrogate',
  '😀 emoji and ünïcödé',
  '',
];

/** Any UTF-16 code unit, so control characters and lone surrogates appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
);
const id = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('bi-a', 'bi-plan-x', 'checkin') },
);
/** Epoch ms in a range that leaves room for edits and tombstones on both sides. */
export const millis = fc.integer({ min: 1_000_000, max: 2_000_000_000_000 });
const pillar = fc.constantFrom(...PILLARS);
const category = fc.constantFrom(
  'pillar',
  'checkin',
  'pulse',
  'pillar-rating',
  'burden',
  'opener',
  'closer',
  'warmup',
) as fc.Arbitrary<Prompt['category']>;
const mode = fc.constantFrom('round', 'private', 'anonymous', 'pulse') as fc.Arbitrary<
  Plan['steps'][number]['mode']
>;
const stepKind = fc.constantFrom('prompts', 'review-commitments', 'commitments') as fc.Arbitrary<
  Plan['steps'][number]['kind']
>;
const commitmentStatus = fc.constantFrom(
  'open',
  'done',
  'in-progress',
  'dropped',
  'carried',
) as fc.Arbitrary<Commitment['status']>;
const small = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });

const base = { id: fc.uuid(), createdAt: millis, updatedAt: millis };

export const teamArb: fc.Arbitrary<Team> = fc.record(
  { ...base, name: text, archived: fc.boolean(), sample: fc.boolean(), agreements: small(text) },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'name', 'archived', 'agreements'] },
);

export const memberArb: fc.Arbitrary<Member> = fc.record({
  ...base,
  teamId: id,
  name: text,
  archived: fc.boolean(),
});

export const promptArb: fc.Arbitrary<Prompt> = fc.record(
  {
    ...base,
    id,
    pillar,
    category,
    kind: fc.constantFrom('text', 'scale', 'feeling', 'choice') as fc.Arbitrary<Prompt['kind']>,
    text,
    choices: small(text),
    facilitatorNote: text,
    builtIn: fc.boolean(),
    retired: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'pillar',
      'category',
      'kind',
      'text',
      'builtIn',
      'retired',
    ],
  },
);

const stepSource = fc.oneof(
  fc.record({ type: fc.constant('prompts' as const), promptIds: small(id) }),
  fc.record(
    { type: fc.constant('draw' as const), pillar, category, count: fc.integer({ min: 0, max: 9 }) },
    { requiredKeys: ['type', 'pillar', 'count'] },
  ),
);

export const planArb: fc.Arbitrary<Plan> = fc.record({
  ...base,
  id,
  name: text,
  description: text,
  builtIn: fc.boolean(),
  retired: fc.boolean(),
  steps: small(
    fc.record(
      {
        id,
        kind: stepKind,
        title: text,
        source: stepSource,
        mode,
        timeBoxSec: fc.integer({ min: 15, max: 3600 }),
      },
      { requiredKeys: ['id', 'kind', 'title', 'mode', 'timeBoxSec'] },
    ),
  ),
});

export const sessionArb: fc.Arbitrary<Session> = fc.record({
  ...base,
  teamId: id,
  planId: id,
  planName: text,
  status: fc.constantFrom('active', 'completed', 'abandoned') as fc.Arbitrary<Session['status']>,
  currentStep: fc.integer({ min: -1, max: 10 }),
  steps: small(
    fc.record({
      planStepId: id,
      kind: stepKind,
      title: text,
      mode,
      timeBoxSec: fc.integer({ min: 15, max: 3600 }),
      promptIds: small(id),
      revealed: fc.boolean(),
    }),
  ),
  attendance: small(id),
  guests: small(fc.record({ id, name: text })),
  startedAt: millis,
  endedAt: fc.option(millis, { nil: null }),
  pillars: fc.uniqueArray(pillar, { maxLength: 5 }),
});

export const responseArb: fc.Arbitrary<Response> = fc.record(
  {
    ...base,
    sessionId: id,
    teamId: id,
    stepIndex: fc.integer({ min: 0, max: 12 }),
    promptId: id,
    pillar,
    memberId: fc.option(id, { nil: null }),
    slot: fc.integer({ min: 0, max: 20 }),
    passed: fc.boolean(),
    text,
    rating: fc.integer({ min: 1, max: 5 }),
    feelings: small(text),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'sessionId',
      'teamId',
      'stepIndex',
      'promptId',
      'pillar',
      'memberId',
      'passed',
    ],
  },
);

export const commitmentArb: fc.Arbitrary<Commitment> = fc.record(
  {
    ...base,
    teamId: id,
    sessionId: id,
    text,
    owner: text,
    due: fc.constantFrom('2026-12-31', '2027-01-15'),
    pillar,
    status: commitmentStatus,
    reviewedInSessionId: id,
    carriedFromId: id,
    history: small(fc.record({ sessionId: id, status: commitmentStatus, at: millis })),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'teamId',
      'sessionId',
      'text',
      'status',
      'history',
    ],
  },
);

export const themeArb: fc.Arbitrary<Theme> = fc.record({
  ...base,
  teamId: id,
  label: text,
  keywords: small(text),
  pinned: fc.boolean(),
  hidden: fc.boolean(),
  curated: fc.boolean(),
});

export const responseThemeArb: fc.Arbitrary<ResponseTheme> = fc.record({
  ...base,
  responseId: fc.uuid(),
  themeId: fc.uuid(),
  teamId: id,
});

const deletionArb: fc.Arbitrary<Deletion> = fc
  .record({ table: fc.constantFrom(...RECORD_TABLES), recordId: fc.uuid(), deletedAt: millis })
  .map((d) => ({ id: tombstoneId(d.table, d.recordId), ...d }));

const rows = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(arb, { maxLength, selector: (r) => r.id });

/** A whole valid backup's data: unique ids per table, unique (answer, theme) pairs. */
export const backupDataArb: fc.Arbitrary<BackupData> = fc.record({
  teams: rows(teamArb),
  members: rows(memberArb),
  prompts: rows(promptArb),
  plans: rows(planArb, 3),
  sessions: rows(sessionArb, 3),
  responses: rows(responseArb, 6),
  commitments: rows(commitmentArb),
  themes: rows(themeArb),
  responseThemes: fc
    .uniqueArray(responseThemeArb, {
      maxLength: 4,
      selector: (t) => `${t.responseId}|${t.themeId}`,
    })
    .filter((tags) => new Set(tags.map((t) => t.id)).size === tags.length),
  deletions: rows(deletionArb),
});
