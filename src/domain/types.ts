// The data model shared by every layer. Plain types only: no React, no Dexie.
// Changing the shape of a stored record needs a new schema version in src/db/schema.ts.

/** Epoch milliseconds. Stored as numbers so IndexedDB can range-scan them. */
export type Millis = number;

/** Every stored record has a UUID string id and creation/update times. */
export interface BaseRecord {
  id: string;
  createdAt: Millis;
  updatedAt: Millis;
}

export const PILLARS = ['relationships', 'learning', 'play', 'power', 'parallel'] as const;
export type Pillar = (typeof PILLARS)[number];

/** What a prompt asks for. */
export type PromptKind = 'text' | 'scale' | 'feeling' | 'choice';

/** Which part of the library a prompt belongs to (used by plans and rotation). */
export type PromptCategory =
  | 'pillar' // in-depth reflection on one pillar
  | 'checkin' // the three-question community-meeting check-in
  | 'pulse' // the seven-item workplace pulse (1–5 agreement)
  | 'pillar-rating' // "Walking the talk": rate each pillar 1–5
  | 'burden' // what got in the way of care
  | 'opener'
  | 'closer'
  | 'warmup'; // playful warm-ups (Play as Change)

export interface Team extends BaseRecord {
  name: string;
  archived: boolean;
  /** Part of the generated sample organisation (removable in one click). */
  sample?: boolean;
  /** Group agreements shown at the start of every huddle. */
  agreements: string[];
}

export interface Member extends BaseRecord {
  teamId: string;
  /** Display name only: no emails, no accounts. */
  name: string;
  archived: boolean;
}

export interface Prompt extends BaseRecord {
  pillar: Pillar;
  category: PromptCategory;
  kind: PromptKind;
  text: string;
  /** Options for kind 'choice'. */
  choices?: string[];
  /** Shown only on the facilitator's screen. */
  facilitatorNote?: string;
  builtIn: boolean;
  /** Retired (custom) or hidden (built-in): not offered for new plans or rotation. Never destroyed. */
  retired: boolean;
}

/** How a step collects answers, all on one device. */
export type AnswerMode =
  | 'round' // go round the attendance list; facilitator types or hands over
  | 'private' // pass-the-device, unseen, attributed
  | 'anonymous' // pass-the-device, unseen, no member id stored
  | 'pulse'; // each person taps 1–5; only the distribution is shown

export type StepKind =
  | 'prompts' // answer one or more prompts
  | 'review-commitments' // review the previous huddle's commitments
  | 'commitments'; // capture new commitments

export type StepSource =
  | { type: 'prompts'; promptIds: string[] }
  | { type: 'draw'; pillar: Pillar; category?: PromptCategory; count: number };

export interface PlanStep {
  id: string;
  kind: StepKind;
  title: string;
  /** For kind 'prompts'. */
  source?: StepSource;
  mode: AnswerMode;
  /** Time box in seconds; running out never cuts anyone off. */
  timeBoxSec: number;
}

export interface Plan extends BaseRecord {
  name: string;
  description: string;
  builtIn: boolean;
  retired: boolean;
  steps: PlanStep[];
}

export type SessionStatus = 'active' | 'completed' | 'abandoned';

export interface Guest {
  id: string;
  name: string;
}

/** A step as it was actually run: the plan step with its drawn prompts fixed. */
export interface SessionStep {
  planStepId: string;
  kind: StepKind;
  title: string;
  mode: AnswerMode;
  timeBoxSec: number;
  promptIds: string[];
  revealed: boolean;
}

export interface Session extends BaseRecord {
  teamId: string;
  planId: string;
  planName: string;
  status: SessionStatus;
  /** -1 while in the lobby (attendance); steps.length when on the summary. */
  currentStep: number;
  steps: SessionStep[];
  /** Member ids present. */
  attendance: string[];
  guests: Guest[];
  startedAt: Millis;
  endedAt: Millis | null;
  /** Set when the huddle was closed before its end: the step it stopped at (0-based). */
  stoppedAtStep?: number;
  /** Pillars the huddle's prompts cover (indexed, for the history filter). Since schema v2. */
  pillars: Pillar[];
}

export interface Response extends BaseRecord {
  sessionId: string;
  teamId: string;
  stepIndex: number;
  promptId: string;
  pillar: Pillar;
  /** Null when the step is anonymous: no person id is stored at all. */
  memberId: string | null;
  /** Private slot for anonymous answers so a typing person's own draft can be found again; not a person id. */
  slot?: number;
  passed: boolean;
  text?: string;
  rating?: number;
  feelings?: string[];
  /**
   * True while the person is still writing (autosaved before Done). Only meaningful while the
   * huddle is in progress: a draft does not count as a turn taken. Absent means finished; in
   * an ended huddle a draft left behind is an answer like any other.
   */
  draft?: true;
}

export type CommitmentStatus = 'open' | 'done' | 'in-progress' | 'dropped' | 'carried';

export interface CommitmentReview {
  sessionId: string;
  status: CommitmentStatus;
  at: Millis;
}

export interface Commitment extends BaseRecord {
  teamId: string;
  sessionId: string;
  text: string;
  owner?: string;
  /** ISO date (yyyy-mm-dd) when set. */
  due?: string;
  pillar?: Pillar;
  status: CommitmentStatus;
  /** The session in which it was last reviewed. */
  reviewedInSessionId?: string;
  /** When carried over, the commitment this one continues. */
  carriedFromId?: string;
  history: CommitmentReview[];
}

export interface Theme extends BaseRecord {
  teamId: string;
  label: string;
  keywords: string[];
  pinned: boolean;
  hidden: boolean;
  /** Named by a person (true) or suggested by the engine (false). */
  curated: boolean;
}

export interface ResponseTheme extends BaseRecord {
  responseId: string;
  themeId: string;
  teamId: string;
}

/** Small key-value settings (preferences, last export time, …). */
export interface Setting {
  key: string;
  value: unknown;
  updatedAt: Millis;
}

/** Which table a deleted record was in; used by backup merges to honour deletions. */
export type SyncedTable =
  | 'teams'
  | 'members'
  | 'prompts'
  | 'plans'
  | 'sessions'
  | 'responses'
  | 'commitments'
  | 'themes'
  | 'responseThemes';

/** A tombstone: "this record was deleted at this time" (since schema v2). */
export interface Deletion {
  /** `${table}:${recordId}` */
  id: string;
  table: SyncedTable;
  recordId: string;
  deletedAt: Millis;
}

/** A compressed automatic backup kept on the device (since schema v2). */
export interface Snapshot {
  id: string;
  createdAt: Millis;
  reason: 'huddle-ended' | 'interval' | 'before-import' | 'manual';
  /** gzip-compressed backup JSON. */
  data: Blob | ArrayBuffer;
  sizeBytes: number;
  counts: Record<string, number>;
  /** 'identity' when the browser could not gzip (no CompressionStream); absent means gzip. */
  encoding?: 'gzip' | 'identity';
  /** The backup's data checksum: an unchanged database is not snapshotted twice in a row. */
  dataChecksum?: string;
}
