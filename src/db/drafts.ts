// Text typed but not yet added or saved: kept per screen and huddle (or team), so a step change,
// a reload or a crash never drops it. Only the person's own "Add" / "Save" / "Discard" clears it.
import type { Millis } from '../domain/types';
import { now } from '../lib/clock';
import { db } from './db';
import { ValidationError } from './validate';

/** What is being written. A draft of anonymous content must never get a kind here with a person. */
export type DraftKind =
  | 'commitment'
  | 'guest-name'
  | 'agreements'
  | 'prompt'
  | 'plan'
  | 'team-name'
  | 'member-name';

/**
 * The scope of something being written that is not stored yet (a new prompt, plan or team). An
 * edit to a stored prompt or plan is scoped by its id (they are retired, never deleted).
 */
export const NEW_RECORD = 'new';

/** Which draft: what is being written, on which huddle or team (its id). */
export interface DraftKey {
  kind: DraftKind;
  scope: string;
}

export interface StoredDraft {
  /** `<kind>:<scope>`, one row per draft. */
  id: string;
  /** The huddle or team it belongs to, so deleting that can delete its drafts. */
  scope: string;
  value: unknown;
  updatedAt: Millis;
}

/** Generous for a few fields of text, small enough that a runaway value cannot fill the disk. */
const MAX_DRAFT_CHARS = 50_000;

export function draftId(key: DraftKey): string {
  return `${key.kind}:${key.scope}`;
}

export async function readDraft<T>(key: DraftKey): Promise<T | undefined> {
  const row = await db.drafts.get(draftId(key));
  return row?.value as T | undefined;
}

/** Stores (replaces) a draft. Plain data only (it is stored as is, and encrypted when locked). */
export async function saveDraft(key: DraftKey, value: unknown): Promise<void> {
  if (!key.scope) throw new ValidationError('A draft needs the huddle or team it belongs to.');
  if (JSON.stringify(value).length > MAX_DRAFT_CHARS) {
    throw new ValidationError('This draft is too long to keep.');
  }
  await db.drafts.put({ id: draftId(key), scope: key.scope, value, updatedAt: now() });
}

/** The person added, saved or discarded what they typed: forget the draft. */
export async function clearDraft(key: DraftKey): Promise<void> {
  await db.drafts.delete(draftId(key));
}

/** Every draft of one huddle or team (when it is deleted). */
export async function clearDraftsOf(scope: string): Promise<number> {
  return db.drafts.where('scope').equals(scope).delete();
}

/**
 * The scopes holding a draft of this kind, the latest first (which prompts have unsaved edits),
 * then any kept only in this tab (the page closed before the database had it).
 */
export async function listDraftScopes(kind: DraftKind): Promise<string[]> {
  const rows = await db.drafts.where('id').startsWith(`${kind}:`).toArray();
  const stored = rows.sort((a, b) => b.updatedAt - a.updatedAt).map((row) => row.scope);
  const kept = scopesKeptInThisTab(kind).filter((scope) => !stored.includes(scope));
  return [...stored, ...kept];
}

// When the database cannot be reopened (another tab deleted it, or opening fails), the last
// unsaved value of each draft is kept in this tab's sessionStorage (it survives a reload of the
// tab and is gone when the tab closes) and saved on the next load.
const TAB_PREFIX = 'pp-unsaved-draft:';

export function keepDraftInThisTab(key: DraftKey, value: unknown): boolean {
  try {
    sessionStorage.setItem(TAB_PREFIX + draftId(key), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The value kept in this tab for the draft, if any (it stays until `forgetDraftInThisTab`). */
export function draftKeptInThisTab<T>(key: DraftKey): T | undefined {
  try {
    const kept = sessionStorage.getItem(TAB_PREFIX + draftId(key));
    return kept === null ? undefined : (JSON.parse(kept) as T);
  } catch {
    return undefined;
  }
}

function scopesKeptInThisTab(kind: DraftKind): string[] {
  const prefix = `${TAB_PREFIX}${kind}:`;
  try {
    return Object.keys(sessionStorage)
      .filter((name) => name.startsWith(prefix))
      .map((name) => name.slice(prefix.length));
  } catch {
    return [];
  }
}

export function forgetDraftInThisTab(key: DraftKey): void {
  try {
    sessionStorage.removeItem(TAB_PREFIX + draftId(key));
  } catch {
    // Storage refused: nothing was kept there either.
  }
}
