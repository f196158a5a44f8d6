// The search index as plain functions over MiniSearch: which documents answers and commitments
// become, how they are upserted and removed, how a query runs, and how a hit is shown (snippet
// with the matched words marked). No database, no worker: the worker feeds it, tests call it.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { HitRecords } from '../db/search';
import type { Commitment, Millis, Pillar, Response, Session } from '../domain/types';
import type { HighlightPart, SearchFilters, SearchHit } from './searchProtocol';

/**
 * One searchable text. The id is the tombstone id of its record (`table:recordId`), so a
 * deletion maps straight onto the index. It carries no person: names are read per hit, and
 * only for attributed answers.
 */
export interface SearchDoc {
  id: string;
  kind: 'answer' | 'commitment';
  recordId: string;
  sessionId: string;
  teamId: string;
  startedAt: Millis;
  /** The huddle's pillars, for the pillar filter (same meaning as in the history list). */
  pillars: Pillar[];
  text: string;
}

export type SearchIndex = MiniSearch<SearchDoc>;

/**
 * Fields kept in the index, for the filters only: the kind and the record id are read back from
 * the document id, and everything shown is read from the database for the visible hits. With
 * 500,000 answers every stored field costs tens of megabytes in the worker.
 */
const STORED = ['teamId', 'startedAt', 'pillars'] as const;

/**
 * One shared copy of each team id and each set of pillars: records read from the database carry
 * their own copies, and the index would otherwise keep one per document.
 */
function interner() {
  const teams = new Map<string, string>();
  const pillars = new Map<string, readonly Pillar[]>();
  return (doc: SearchDoc, field: string): unknown => {
    if (field === 'teamId') {
      const known = teams.get(doc.teamId);
      if (known !== undefined) return known;
      teams.set(doc.teamId, doc.teamId);
      return doc.teamId;
    }
    if (field === 'pillars') {
      const key = doc.pillars.join(' ');
      let shared = pillars.get(key);
      if (!shared) {
        shared = Object.freeze([...doc.pillars]);
        pillars.set(key, shared);
      }
      return shared;
    }
    return doc[field as keyof SearchDoc];
  };
}

/** `responses:<id>` → the answer `<id>`; `commitments:<id>` → the commitment. */
export function recordOf(id: string): { kind: SearchDoc['kind']; recordId: string } {
  const colon = id.indexOf(':');
  return {
    kind: id.slice(0, colon) === 'commitments' ? 'commitment' : 'answer',
    recordId: id.slice(colon + 1),
  };
}

/**
 * Words are runs of letters, digits and combining marks; everything else separates them (so
 * "<b>rota</b>" or "rota+shifts" still holds the word "rota"). The capturing version keeps the
 * separators for highlighting.
 */
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const SEPARATOR_KEPT = /([^\p{L}\p{N}\p{M}]+)/u;

/** Lower case without accents, so "Café" is found by "cafe". Shared by indexing and marking. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * English function words, left out of the index: "the" is in every answer, and the twenty most
 * common such words make up about a third of what the index holds, so 500,000 answers cost
 * far less memory and time without them. No one searches for them: a query drops them too.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in ' +
    'into is it its me my of on or our she so than that the their them then they this to us ' +
    'was we were what when which who will with you your'
  ).split(' '),
);

/**
 * The query as the index can answer it: without function words, except a query of nothing else
 * keeps its last word, matched as the start of a longer one ("the" finds "therapy").
 */
export function searchableQuery(query: string): string {
  const words = query.split(SEPARATOR).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(normalizeTerm(w)));
  return (kept.length ? kept : words.slice(-1)).join(' ');
}

export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDoc>({
    fields: ['text'],
    storeFields: [...STORED],
    extractField: interner(),
    tokenize: (text) => text.split(SEPARATOR),
    processTerm: (term) => {
      const normal = normalizeTerm(term);
      return normal && !STOP_WORDS.has(normal) ? normal : null;
    },
    searchOptions: {
      // searchableQuery has dropped function words; a lone one left is kept, as a prefix.
      processTerm: (term) => normalizeTerm(term) || null,
      combineWith: 'AND',
      // The word being typed is matched as a prefix; longer words forgive a typo.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
}

/** "calm, hopeful — a long week": feeling words and the typed text. */
export function answerSearchText(r: Pick<Response, 'feelings' | 'text'>): string {
  const feelings = r.feelings?.length ? r.feelings.join(', ') : '';
  const text = r.text?.trim() ?? '';
  return feelings && text ? `${feelings} — ${text}` : feelings || text;
}

type HuddleFacts = Pick<Session, 'startedAt' | 'pillars'> | undefined;

/** The document of an answer, or null when it has no words (a pass, a rating). */
export function answerDoc(r: Response, huddle: HuddleFacts): SearchDoc | null {
  const text = r.passed ? '' : answerSearchText(r);
  if (!text) return null;
  return {
    id: `responses:${r.id}`,
    kind: 'answer',
    recordId: r.id,
    sessionId: r.sessionId,
    teamId: r.teamId,
    startedAt: huddle?.startedAt ?? r.createdAt,
    pillars: huddle?.pillars ?? [r.pillar],
    text,
  };
}

/** The document of a commitment; carried-over copies repeat their original and are left out. */
export function commitmentDoc(c: Commitment, huddle: HuddleFacts): SearchDoc | null {
  if (c.carriedFromId || !c.text.trim()) return null;
  return {
    id: `commitments:${c.id}`,
    kind: 'commitment',
    recordId: c.id,
    sessionId: c.sessionId,
    teamId: c.teamId,
    startedAt: huddle?.startedAt ?? c.createdAt,
    pillars: huddle?.pillars ?? (c.pillar ? [c.pillar] : []),
    text: c.text,
  };
}

/**
 * Puts the record's current document in the index, replacing what was there; a null document
 * (an answer turned into a pass, emptied text) removes it.
 */
export function upsertDoc(index: SearchIndex, id: string, doc: SearchDoc | null): void {
  if (index.has(id)) index.discard(id);
  if (doc) index.add(doc);
}

export function removeDoc(index: SearchIndex, id: string): boolean {
  if (!index.has(id)) return false;
  index.discard(id);
  return true;
}

export interface Match {
  id: string;
  kind: SearchDoc['kind'];
  recordId: string;
  /** The document's terms that matched (normalised), for marking. */
  terms: string[];
}

export interface SearchOutcome {
  total: number;
  matches: Match[];
}

function passes(result: SearchResult, filters: SearchFilters): boolean {
  const startedAt = result.startedAt as number;
  return (
    (filters.teamId === undefined || result.teamId === filters.teamId) &&
    (filters.pillar === undefined || (result.pillars as Pillar[]).includes(filters.pillar)) &&
    (filters.from === undefined || startedAt >= filters.from) &&
    (filters.to === undefined || startedAt < filters.to)
  );
}

/** Best matches first; `total` counts every match that passes the filters. */
export function runSearch(
  index: SearchIndex,
  query: string,
  filters: SearchFilters,
  limit: number,
): SearchOutcome {
  const words = searchableQuery(query);
  if (!words) return { total: 0, matches: [] };
  const results = index.search(words, { filter: (r) => passes(r, filters) });
  return {
    total: results.length,
    matches: results.slice(0, limit).map((r) => ({
      id: r.id as string,
      ...recordOf(r.id as string),
      terms: r.terms,
    })),
  };
}

/** Splits text into runs, marking each word whose normalised form is one of `terms`. */
export function highlightParts(text: string, terms: readonly string[]): HighlightPart[] {
  const wanted = new Set(terms.map(normalizeTerm));
  const parts: HighlightPart[] = [];
  // Odd entries are separators (the pattern captures them), even entries are words.
  text.split(SEPARATOR_KEPT).forEach((piece, i) => {
    if (!piece) return;
    const mark = i % 2 === 0 && wanted.has(normalizeTerm(piece));
    const prev = parts.at(-1);
    if (prev && prev.mark === mark && !mark) prev.text += piece;
    else parts.push({ text: piece, mark });
  });
  return parts;
}

/**
 * A window of about `max` characters around the first marked word, with an ellipsis where text
 * was cut, so a long answer still shows why it matched.
 */
export function snippetParts(
  text: string,
  terms: readonly string[],
  max = 220,
  lead = 60,
): HighlightPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const parts = highlightParts(clean, terms);
  if (clean.length <= max) return parts;
  let offset = 0;
  let firstMark = 0;
  for (const part of parts) {
    if (part.mark) {
      firstMark = offset;
      break;
    }
    offset += part.text.length;
  }
  let start = Math.max(0, Math.min(firstMark - lead, clean.length - max));
  // Start and end at word boundaries.
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < firstMark ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const window = highlightParts(clean.slice(start, end), terms);
  const out: HighlightPart[] = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  out.push(...window);
  if (end < clean.length) out.push({ text: ' …', mark: false });
  return out;
}

/** The name of whoever gave an attributed answer: a guest of the huddle or a team member. */
function attributedName(memberId: string, session: Session, records: HitRecords) {
  return session.guests.find((g) => g.id === memberId)?.name ?? records.members.get(memberId)?.name;
}

/**
 * What a result shows, from the records read fresh for it; null when the record is gone. An
 * answer with no member id, or given on an anonymous or pulse step, is shown without a name and
 * no name is looked up for it.
 */
export function buildHit(match: Match, records: HitRecords): SearchHit | null {
  if (match.kind === 'answer') {
    const r = records.responses.get(match.recordId);
    const session = r && records.sessions.get(r.sessionId);
    if (!r || !session) return null;
    const step = session.steps[r.stepIndex];
    const unattributed =
      r.memberId === null || step?.mode === 'anonymous' || step?.mode === 'pulse';
    const name =
      unattributed || !r.memberId ? undefined : attributedName(r.memberId, session, records);
    return {
      id: match.id,
      kind: 'answer',
      sessionId: session.id,
      teamName: records.teams.get(session.teamId)?.name ?? 'Unknown team',
      startedAt: session.startedAt,
      stepIndex: step ? r.stepIndex : null,
      stepTitle: step?.title ?? 'A step',
      prompt: records.prompts.get(r.promptId)?.text ?? null,
      ...(name ? { name } : {}),
      parts: snippetParts(answerSearchText(r), match.terms),
    };
  }
  const c = records.commitments.get(match.recordId);
  const session = c && records.sessions.get(c.sessionId);
  if (!c || !session) return null;
  const stepIndex = session.steps.findIndex((s) => s.kind === 'commitments');
  return {
    id: match.id,
    kind: 'commitment',
    sessionId: session.id,
    teamName: records.teams.get(session.teamId)?.name ?? 'Unknown team',
    startedAt: session.startedAt,
    stepIndex: stepIndex >= 0 ? stepIndex : null,
    stepTitle: session.steps[stepIndex]?.title ?? 'Commitments',
    prompt: null,
    ...(c.owner ? { owner: c.owner } : {}),
    parts: snippetParts(c.text, match.terms),
  };
}
