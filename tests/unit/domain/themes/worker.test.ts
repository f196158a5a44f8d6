import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db';
import type {
  Member,
  Prompt,
  Response,
  ResponseTheme,
  Session,
  Theme,
} from '../../../../src/domain/types';
import {
  createThemesHandler,
  readTeamAnswers,
  readTeamPersonNames,
  readTeamThemeOptions,
} from '../../../../src/workers/themes.worker';
import type { ThemesFromWorker } from '../../../../src/workers/themesProtocol';
import { freshDatabase } from '../../db/testDb';

const T0 = new Date(2026, 0, 5, 9, 30).getTime();
const WEEK = 7 * 86_400_000;
const ignore = { onProgress: () => {}, isCancelled: () => false };

let counter = 0;
function response(over: Partial<Response>): Response {
  counter += 1;
  return {
    id: `r${String(counter).padStart(4, '0')}`,
    sessionId: 's1',
    teamId: 'team-a',
    stepIndex: 0,
    promptId: 'p-goal',
    pillar: 'relationships',
    memberId: 'member-ana',
    passed: false,
    text: 'The paperwork piled up again',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

function theme(over: Partial<Theme> & { id: string }): Theme {
  return {
    teamId: 'team-a',
    label: over.id,
    keywords: [],
    pinned: false,
    hidden: false,
    curated: true,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

beforeEach(async () => {
  await freshDatabase();
  await db.prompts.add({
    id: 'p-goal',
    pillar: 'relationships',
    category: 'checkin',
    kind: 'text',
    text: 'What is your goal today?',
    builtIn: true,
    retired: false,
    createdAt: T0,
    updatedAt: T0,
  } satisfies Prompt);
});

describe('readTeamAnswers', () => {
  it('pages through answers in time order, ties across page boundaries included', async () => {
    // Seven answers share one time, more than two pages of three.
    const rows = [
      ...Array.from({ length: 7 }, (_, i) => response({ createdAt: T0, text: `Tie ${i}` })),
      ...Array.from({ length: 5 }, (_, i) =>
        response({ createdAt: T0 + (i + 1) * WEEK, text: `Later ${i}` }),
      ),
      response({ teamId: 'team-b', text: 'Another team' }),
    ];
    await db.responses.bulkAdd(rows);
    const fractions: number[] = [];
    const answers = await readTeamAnswers(
      'team-a',
      {},
      { onProgress: (f) => fractions.push(f), isCancelled: () => false },
      3,
    );
    expect(answers.map((a) => a.text).sort()).toEqual(
      rows
        .filter((r) => r.teamId === 'team-a')
        .map((r) => r.text)
        .sort(),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(12);
    const times = answers.map((a) => a.createdAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('drops member ids, passes and empty answers, and adds the question', async () => {
    await db.responses.bulkAdd([
      response({ text: 'Supervision helped', memberId: 'member-ana', slot: 2 }),
      response({ text: '', passed: true }),
      response({ text: '   ' }),
      response({ text: 'Anonymous but heard', memberId: null }),
    ]);
    const answers = await readTeamAnswers('team-a', {}, ignore);
    expect(answers.map((a) => a.text)).toEqual(['Supervision helped', 'Anonymous but heard']);
    for (const a of answers) {
      expect(Object.keys(a).sort()).toEqual([
        'createdAt',
        'id',
        'pillar',
        'prompt',
        'sessionId',
        'teamId',
        'text',
      ]);
      expect(a.prompt).toBe('What is your goal today?');
    }
  });

  it('reads only the range and pillar asked for', async () => {
    await db.responses.bulkAdd([
      response({ createdAt: T0, text: 'Too early' }),
      response({ createdAt: T0 + WEEK, text: 'In range', pillar: 'power' }),
      response({ createdAt: T0 + WEEK, text: 'Other pillar', pillar: 'play' }),
      response({ createdAt: T0 + 2 * WEEK, text: 'Last day', pillar: 'power' }),
      response({ createdAt: T0 + 3 * WEEK, text: 'Too late', pillar: 'power' }),
    ]);
    const range = { from: T0 + WEEK, to: T0 + 2 * WEEK };
    expect((await readTeamAnswers('team-a', range, ignore)).map((a) => a.text)).toEqual([
      'In range',
      'Other pillar',
      'Last day',
    ]);
    const power = await readTeamAnswers('team-a', { ...range, pillar: 'power' }, ignore);
    expect(power.map((a) => a.text)).toEqual(['In range', 'Last day']);
  });

  it('stops when cancelled', async () => {
    await db.responses.bulkAdd([response({}), response({})]);
    await expect(
      readTeamAnswers('team-a', {}, { onProgress: () => {}, isCancelled: () => true }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('readTeamThemeOptions', () => {
  it('turns stored themes and tags into curated themes, hidden and pinned keys', async () => {
    await db.themes.bulkAdd([
      theme({ id: 't-paper', label: 'Paperwork', keywords: ['paperwork', 'forms'], pinned: true }),
      theme({ id: 't-lunch', label: 'lunch', keywords: ['lunch'], curated: false, hidden: true }),
      theme({ id: 't-rota', label: 'rota', keywords: ['rota'], curated: false, pinned: true }),
      theme({ id: 't-other', teamId: 'team-b', label: 'Elsewhere' }),
    ]);
    await db.responseThemes.bulkAdd([
      { id: 'rt1', responseId: 'r-1', themeId: 't-paper', teamId: 'team-a' },
      { id: 'rt2', responseId: 'r-2', themeId: 't-paper', teamId: 'team-a' },
    ] as ResponseTheme[]);
    const options = await readTeamThemeOptions('team-a');
    expect(options.curated).toEqual([
      {
        id: 't-paper',
        label: 'Paperwork',
        keywords: ['paperwork', 'forms'],
        taggedResponseIds: ['r-1', 'r-2'],
        pinned: true,
        hidden: false,
      },
    ]);
    expect(options.hiddenKeys).toEqual(['lunch', 'lunch']);
    expect(options.pinnedKeys).toEqual(['rota', 'rota']);
  });
});

function member(id: string, name: string, teamId = 'team-a', archived = false): Member {
  return { id, teamId, name, archived, createdAt: T0, updatedAt: T0 };
}

function session(id: string, guests: string[], teamId = 'team-a'): Session {
  return {
    id,
    teamId,
    planId: 'plan',
    planName: 'Plan',
    status: 'completed',
    currentStep: 1,
    steps: [],
    attendance: [],
    guests: guests.map((name, i) => ({ id: `guest-${id}-${i}`, name })),
    startedAt: T0,
    endedAt: T0,
    pillars: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

describe('readTeamPersonNames', () => {
  it('reads the team’s members, past ones too, and the guests of its huddles only', async () => {
    await db.members.bulkAdd([
      member('m1', 'Tom B.'),
      member('m2', 'Aisha'),
      member('m3', 'Lena', 'team-a', true),
      member('m4', 'Priya', 'team-b'),
    ]);
    await db.sessions.bulkAdd([
      session('s1', ['Sam from intake']),
      session('s2', ['Sam from intake', 'Jo (student placement)']),
      session('s3', ['Kwame'], 'team-b'),
    ]);
    expect((await readTeamPersonNames('team-a')).sort()).toEqual([
      'Aisha',
      'Jo (student placement)',
      'Lena',
      'Sam from intake',
      'Tom B.',
    ]);
  });
});

describe('the worker’s message handler', () => {
  async function seedHuddles() {
    const texts = [
      'The paperwork piled up again',
      'So much paper work after intake',
      'Paperwork! before lunch',
      'Drowning in paperwork this month',
    ];
    await db.responses.bulkAdd(
      texts.map((text, i) =>
        response({ text, sessionId: `s${i}`, createdAt: T0 + i * WEEK, memberId: `member-${i}` }),
      ),
    );
  }

  it('reads, analyses and posts progress then the result, with no member id in it', async () => {
    await seedHuddles();
    const posted: ThemesFromWorker[] = [];
    const handle = createThemesHandler((m) => posted.push(m));
    await handle({ type: 'analyse', id: 7, teamId: 'team-a', options: { period: 'week' } });
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    if (result?.type !== 'result') return;
    expect(result.id).toBe(7);
    expect(result.analysis.answersAnalysed).toBe(4);
    expect(result.analysis.themes.map((t) => t.label)).toEqual(['paperwork']);
    expect(JSON.stringify(result.analysis)).not.toContain('member');
    const progress = posted.filter((m) => m.type === 'progress').map((m) => m.fraction);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('never makes a theme of a member’s or a guest’s name, and keeps a guest’s description', async () => {
    await db.members.bulkAdd([member('m1', 'Tom B.'), member('m2', 'Aisha')]);
    await db.sessions.bulkAdd([session('s0', ['Sam from intake'])]);
    const texts = [
      'Tom covered the intake queue, thanks Tom',
      'Aisha and Sam sorted the intake queue',
      "Tom's idea for the intake queue worked, Sam agreed",
      'Sam says the intake queue is shorter, ask Aisha',
    ];
    await db.responses.bulkAdd(
      texts.map((text, i) => response({ text, sessionId: `s${i}`, createdAt: T0 + i * WEEK })),
    );
    const posted: ThemesFromWorker[] = [];
    await createThemesHandler((m) => posted.push(m))({
      type: 'analyse',
      id: 9,
      teamId: 'team-a',
      options: { period: 'week' },
    });
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    if (result?.type !== 'result') return;
    const words = result.analysis.themes.flatMap((t) => [t.label, ...t.variants]).join(' ');
    expect(result.analysis.themes.map((t) => t.label)).toContain('intake queue');
    expect(words).not.toMatch(/\b(tom|aisha|sam)\b/i);
    const terms = result.analysis.themes.flatMap((t) => t.evidence.flatMap((e) => e.terms));
    expect(terms.join(' ')).not.toMatch(/\b(tom|aisha|sam)\b/i);
  });

  it('sends nothing back for a cancelled request', async () => {
    await seedHuddles();
    const posted: ThemesFromWorker[] = [];
    const handle = createThemesHandler((m) => posted.push(m));
    const running = handle({
      type: 'analyse',
      id: 1,
      teamId: 'team-a',
      options: { period: 'week' },
    });
    await handle({ type: 'cancel', id: 1 });
    await running;
    expect(posted.filter((m) => m.type !== 'progress')).toEqual([]);
  });

  it('reports a failure as a readable message', async () => {
    db.close();
    const posted: ThemesFromWorker[] = [];
    await createThemesHandler((m) => posted.push(m))({
      type: 'analyse',
      id: 3,
      teamId: 'team-a',
      options: { period: 'month' },
    });
    expect(posted.at(-1)).toMatchObject({ type: 'error', id: 3 });
    const last = posted.at(-1);
    expect(last?.type === 'error' && last.message).toMatch(/reload/i);
  });
});
