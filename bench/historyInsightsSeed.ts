// Seeds the app's IndexedDB with a realistic large organisation for bench/history-insights.mjs.
// Bundled with rolldown into one script that runs inside the page (globalThis.__seedBench), so
// the records are generated and written where they live, never shipped over the debugging pipe.
//
// Three teams (55 / 30 / 15 % of the answers), two years of huddles spread evenly, each huddle
// with ~40 written answers (text from bench/themesSample.ts: planted recurring, emerging and
// fading topics over ordinary reflection talk), 12 ratings (the seven-item pulse and the five
// pillar ratings) and 2 commitments. 50 answers a huddle → 500,000 answers ≈ 10,000 huddles.
// Records are shaped as src/domain/types.ts says (schema v2: sessions carry `pillars`).
import { mulberry32 } from '../src/domain/library/random';
import type {
  Commitment,
  Member,
  Pillar,
  Response,
  Session,
  SessionStep,
  Team,
} from '../src/domain/types';
import { generateAnswers } from './themesSample';

const TEXT_PER_HUDDLE = 40;
const PULSE_IDS = [
  'bi-pulse-talk',
  'bi-pulse-backed',
  'bi-pulse-traditions',
  'bi-pulse-belong',
  'bi-pulse-peers',
  'bi-pulse-growth',
  'bi-pulse-safe',
];
const RATING_IDS: [string, Pillar][] = [
  ['bi-rate-relationships', 'relationships'],
  ['bi-rate-learning', 'learning'],
  ['bi-rate-play', 'play'],
  ['bi-rate-power', 'power'],
  ['bi-rate-parallel', 'parallel'],
];
const RATINGS_PER_HUDDLE = PULSE_IDS.length + RATING_IDS.length;
const PER_HUDDLE = TEXT_PER_HUDDLE + RATINGS_PER_HUDDLE;
const PILLAR_PROMPT: Record<Pillar, string> = {
  relationships: 'bi-rel-01',
  learning: 'bi-lrn-01',
  play: 'bi-play-01',
  power: 'bi-pow-01',
  parallel: 'bi-par-01',
};
const TEAMS = [
  { key: 'big', name: 'Residential care (bench)', share: 0.55 },
  { key: 'mid', name: 'Family support (bench)', share: 0.3 },
  { key: 'small', name: 'Youth outreach (bench)', share: 0.15 },
];
const NAMES = ['Aisha', 'Tom', 'Keanu', 'Maya', 'Dev', 'Rosa', 'Finn', 'Lena', 'Sam', 'Priya'];
const COMMITMENTS = [
  'Book a reflective supervision slot for everyone this month',
  'Ask the manager about the paperwork backlog',
  'Try a walking handover on Friday',
  'Share one win with families each week',
  'Take the records system questions to IT',
];
const STATUSES = ['done', 'done', 'in-progress', 'dropped', 'open'] as const;

export interface SeedSummary {
  answers: number;
  huddles: number;
  commitments: number;
  teams: { id: string; name: string; answers: number; huddles: number }[];
  ms: number;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open('parallel-process');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

type Rows = Partial<Record<string, unknown[]>>;

function write(db: IDBDatabase, rows: Rows): Promise<void> {
  const stores = Object.keys(rows).filter((s) => rows[s]?.length);
  if (!stores.length) return Promise.resolve();
  return new Promise((ok, fail) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
    for (const s of stores) {
      const store = tx.objectStore(s);
      for (const row of rows[s] ?? []) store.put(row);
    }
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
}

/** Writes `total` answers (and their teams, people, huddles, commitments) into the app's DB. */
export async function seedBench(total: number, end: number): Promise<SeedSummary> {
  const t0 = performance.now();
  const db = await openDb();
  const random = mulberry32(7);
  const summary: SeedSummary = { answers: 0, huddles: 0, commitments: 0, teams: [], ms: 0 };
  for (const [teamIndex, spec] of TEAMS.entries()) {
    const huddles = Math.max(1, Math.round((total * spec.share) / PER_HUDDLE));
    const teamId = `bench-team-${spec.key}`;
    const created = end - 106 * 7 * 86_400_000;
    const team: Team = {
      id: teamId,
      name: spec.name,
      archived: false,
      agreements: ['What is said here stays here'],
      createdAt: created,
      updatedAt: created,
    };
    const members: Member[] = NAMES.map((name, i) => ({
      id: `${teamId}-m${i}`,
      teamId,
      name,
      archived: false,
      createdAt: created,
      updatedAt: created,
    }));
    await write(db, { teams: [team], members });
    const texts = generateAnswers({
      count: huddles * TEXT_PER_HUDDLE,
      perHuddle: TEXT_PER_HUDDLE,
      seed: 100 + teamIndex,
      end,
    });
    let teamAnswers = 0;
    let batch: Rows = { sessions: [], responses: [], commitments: [] };
    let batchSize = 0;
    for (let h = 0; h < huddles; h += 1) {
      const first = texts[h * TEXT_PER_HUDDLE];
      if (!first) break;
      const sessionId = `${teamId}-h${h}`;
      const startedAt = first.createdAt - 10 * 60_000;
      const pillar = first.pillar;
      const steps: SessionStep[] = [
        {
          planStepId: 'weekly-pillar-talk',
          kind: 'prompts',
          title: 'Talk it through',
          mode: 'round',
          timeBoxSec: 240,
          promptIds: [PILLAR_PROMPT[pillar]],
          revealed: true,
        },
        {
          planStepId: 'weekly-pulse',
          kind: 'prompts',
          title: 'Team pulse',
          mode: 'pulse',
          timeBoxSec: 180,
          promptIds: [...PULSE_IDS],
          revealed: true,
        },
        {
          planStepId: 'walking-ratings',
          kind: 'prompts',
          title: 'Walking the talk',
          mode: 'pulse',
          timeBoxSec: 180,
          promptIds: RATING_IDS.map(([id]) => id),
          revealed: true,
        },
        {
          planStepId: 'weekly-commitments',
          kind: 'commitments',
          title: 'What we will try next',
          mode: 'round',
          timeBoxSec: 180,
          promptIds: [],
          revealed: true,
        },
      ];
      const session: Session = {
        id: sessionId,
        teamId,
        planId: 'bi-plan-weekly',
        planName: 'Weekly pillar huddle',
        status: 'completed',
        currentStep: steps.length,
        steps,
        attendance: members.map((m) => m.id),
        guests: [],
        startedAt,
        endedAt: startedAt + 55 * 60_000,
        pillars: [...new Set<Pillar>([pillar, ...RATING_IDS.map(([, p]) => p)])],
        createdAt: startedAt,
        updatedAt: startedAt + 55 * 60_000,
      };
      batch.sessions?.push(session);
      for (let k = 0; k < TEXT_PER_HUDDLE; k += 1) {
        const a = texts[h * TEXT_PER_HUDDLE + k];
        if (!a) break;
        const response: Response = {
          id: `${teamId}-a${h}-${k}`,
          sessionId,
          teamId,
          stepIndex: 0,
          promptId: PILLAR_PROMPT[pillar],
          pillar,
          memberId: k % 3 === 0 ? null : (members[k % members.length]?.id ?? null),
          passed: random() < 0.03,
          text: a.text,
          createdAt: a.createdAt,
          updatedAt: a.createdAt,
        };
        batch.responses?.push(response);
      }
      const mood = 3 + Math.sin(h / 20 + teamIndex) * 0.8;
      const rated: [string, Pillar, number][] = [
        ...PULSE_IDS.map((id): [string, Pillar, number] => [id, 'relationships', 1]),
        ...RATING_IDS.map(([id, p]): [string, Pillar, number] => [id, p, 2]),
      ];
      for (const [i, [promptId, p, step]] of rated.entries()) {
        const at = startedAt + (30 + i) * 60_000;
        batch.responses?.push({
          id: `${teamId}-r${h}-${i}`,
          sessionId,
          teamId,
          stepIndex: step,
          promptId,
          pillar: p,
          memberId: null,
          passed: false,
          rating: Math.max(1, Math.min(5, Math.round(mood + (random() - 0.5) * 2))),
          createdAt: at,
          updatedAt: at,
        } satisfies Response);
      }
      for (let c = 0; c < 2; c += 1) {
        const at = startedAt + 50 * 60_000 + c;
        batch.commitments?.push({
          id: `${teamId}-c${h}-${c}`,
          teamId,
          sessionId,
          text: COMMITMENTS[(h + c) % COMMITMENTS.length] ?? '',
          pillar,
          status: h >= huddles - 2 ? 'open' : (STATUSES[(h * 3 + c) % STATUSES.length] ?? 'open'),
          history: [],
          createdAt: at,
          updatedAt: at,
        } satisfies Commitment);
      }
      teamAnswers += TEXT_PER_HUDDLE + RATINGS_PER_HUDDLE;
      batchSize += PER_HUDDLE;
      if (batchSize >= 5000 || h === huddles - 1) {
        summary.commitments += batch.commitments?.length ?? 0;
        await write(db, batch);
        batch = { sessions: [], responses: [], commitments: [] };
        batchSize = 0;
      }
    }
    summary.answers += teamAnswers;
    summary.huddles += huddles;
    summary.teams.push({ id: teamId, name: spec.name, answers: teamAnswers, huddles });
  }
  // Steady state: the newest huddle already has its automatic snapshot, as it would after a
  // real huddle ended. Without this marker every start-up would serialise the whole database on
  // the main thread (takeMissedSnapshot), which is a separate cost, not History's or Insights'.
  // The marker holds no data (a restore of it would be refused); it is only the bench's.
  await write(db, {
    snapshots: [
      {
        id: 'bench-snapshot-marker',
        createdAt: Date.now(),
        reason: 'huddle-ended',
        data: new ArrayBuffer(0),
        sizeBytes: 0,
        counts: {},
        encoding: 'identity',
      },
    ],
  });
  db.close();
  summary.ms = performance.now() - t0;
  return summary;
}

(globalThis as unknown as { __seedBench: typeof seedBench }).__seedBench = seedBench;
