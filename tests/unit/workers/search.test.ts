import { describe, expect, it } from 'vitest';
import type { HitRecords } from '../../../src/db/search';
import type { Commitment, Response, Session } from '../../../src/domain/types';
import {
  answerDoc,
  buildHit,
  commitmentDoc,
  createSearchIndex,
  highlightParts,
  removeDoc,
  runSearch,
  searchableQuery,
  snippetParts,
  upsertDoc,
} from '../../../src/workers/searchIndex';

const T = new Date('2026-03-02T09:00:00').getTime();

function answer(over: Partial<Response> = {}): Response {
  return {
    id: 'r1',
    sessionId: 's1',
    teamId: 'team-a',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'power',
    memberId: 'm1',
    passed: false,
    text: 'Families were not asked about the rota',
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c1',
    teamId: 'team-a',
    sessionId: 's1',
    text: 'Ask two families before changing hours',
    status: 'open',
    history: [],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

const HUDDLE = { startedAt: T, pillars: ['power' as const] };

function session(over: Partial<Session> = {}): Session {
  return {
    id: 's1',
    teamId: 'team-a',
    planId: 'plan',
    planName: 'Weekly',
    status: 'completed',
    currentStep: 3,
    steps: [
      {
        planStepId: 'a',
        kind: 'prompts',
        title: 'Talk it through',
        mode: 'round',
        timeBoxSec: 60,
        promptIds: ['p1'],
        revealed: true,
      },
      {
        planStepId: 'b',
        kind: 'prompts',
        title: 'One more, privately',
        mode: 'anonymous',
        timeBoxSec: 60,
        promptIds: ['p1'],
        revealed: true,
      },
      {
        planStepId: 'c',
        kind: 'commitments',
        title: 'What we will try next',
        mode: 'round',
        timeBoxSec: 60,
        promptIds: [],
        revealed: false,
      },
    ],
    attendance: ['m1'],
    guests: [{ id: 'guest-1', name: 'Dee' }],
    startedAt: T,
    endedAt: T + 600_000,
    pillars: ['power'],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

function records(parts: { responses?: Response[]; commitments?: Commitment[] }): HitRecords {
  const map = <V extends { id: string }>(rows: V[]) => new Map(rows.map((r) => [r.id, r]));
  return {
    responses: map(parts.responses ?? []),
    commitments: map(parts.commitments ?? []),
    sessions: map([session()]),
    teams: new Map([
      [
        'team-a',
        {
          id: 'team-a',
          name: 'Family support',
          archived: false,
          agreements: [],
          createdAt: T,
          updatedAt: T,
        },
      ],
    ]),
    prompts: new Map([
      [
        'p1',
        {
          id: 'p1',
          pillar: 'power',
          category: 'pillar',
          kind: 'text',
          text: 'Whose voice is missing?',
          builtIn: false,
          retired: false,
          createdAt: T,
          updatedAt: T,
        },
      ],
    ]),
    members: map([
      { id: 'm1', teamId: 'team-a', name: 'Ana', archived: false, createdAt: T, updatedAt: T },
    ]),
  };
}

describe('documents', () => {
  it('indexes the words of an answer, feelings included, under its tombstone id', () => {
    const doc = answerDoc(answer({ feelings: ['hopeful', 'tired'], text: 'long week' }), HUDDLE);
    expect(doc).toEqual({
      id: 'responses:r1',
      kind: 'answer',
      recordId: 'r1',
      sessionId: 's1',
      teamId: 'team-a',
      startedAt: T,
      pillars: ['power'],
      text: 'hopeful, tired — long week',
    });
  });

  it('leaves out passes and answers without words', () => {
    expect(answerDoc(answer({ passed: true }), HUDDLE)).toBeNull();
    expect(answerDoc(answer({ text: undefined, rating: 4 }), HUDDLE)).toBeNull();
    expect(answerDoc(answer({ text: '   ' }), HUDDLE)).toBeNull();
  });

  it('carries no person at all, for anonymous and attributed answers alike', () => {
    for (const memberId of [null, 'm1']) {
      const doc = answerDoc(answer({ memberId }), HUDDLE);
      expect(doc).not.toBeNull();
      expect(Object.keys(doc ?? {})).not.toEqual(
        expect.arrayContaining(['memberId', 'name', 'slot']),
      );
      expect(JSON.stringify(doc)).not.toContain('m1');
    }
  });

  it('indexes commitments, but not the copies carried into a later huddle', () => {
    expect(commitmentDoc(commitment(), HUDDLE)).toMatchObject({
      id: 'commitments:c1',
      kind: 'commitment',
      text: 'Ask two families before changing hours',
    });
    expect(commitmentDoc(commitment({ carriedFromId: 'c0' }), HUDDLE)).toBeNull();
  });
});

describe('the index', () => {
  it('finds answers and commitments by words, prefixes and small typos', () => {
    const index = createSearchIndex();
    upsertDoc(index, 'responses:r1', answerDoc(answer(), HUDDLE));
    upsertDoc(index, 'commitments:c1', commitmentDoc(commitment(), HUDDLE));
    expect(runSearch(index, 'families', {}, 10).total).toBe(2);
    expect(runSearch(index, 'rot', {}, 10).matches.map((m) => m.id)).toEqual(['responses:r1']);
    expect(runSearch(index, 'famlies', {}, 10).total).toBe(2);
    // Every word must match.
    expect(runSearch(index, 'families hours', {}, 10).matches.map((m) => m.id)).toEqual([
      'commitments:c1',
    ]);
    expect(runSearch(index, '   ', {}, 10).total).toBe(0);
  });

  it('leaves function words out of the index, and out of a query', () => {
    const index = createSearchIndex();
    upsertDoc(index, 'responses:r1', answerDoc(answer(), HUDDLE));
    upsertDoc(index, 'commitments:c1', commitmentDoc(commitment(), HUDDLE));
    // "Families were not asked about the rota": "were" and "the" are not indexed.
    expect(index.termCount).toBe(
      new Set([
        'families',
        'not',
        'asked',
        'about',
        'rota',
        'ask',
        'two',
        'before',
        'changing',
        'hours',
      ]).size,
    );
    // A query with them finds what the other words find, marked as before.
    const found = runSearch(index, 'the rota', {}, 10);
    expect(found.matches.map((m) => m.id)).toEqual(['responses:r1']);
    expect(found.matches[0]?.terms).toEqual(['rota']);
    expect(runSearch(index, 'Families were asked', {}, 10).total).toBe(1);
    // A query of function words alone keeps its last word as the start of a longer one.
    expect(searchableQuery('to the')).toBe('the');
    expect(searchableQuery('about the rota')).toBe('about rota');
    expect(runSearch(index, 'the', {}, 10).total).toBe(0);
    upsertDoc(index, 'responses:r2', answerDoc(answer({ id: 'r2', text: 'Therapy dogs' }), HUDDLE));
    expect(runSearch(index, 'the', {}, 10).matches.map((m) => m.id)).toEqual(['responses:r2']);
  });

  it('upserts: a changed answer replaces its old words; a pass removes it', () => {
    const index = createSearchIndex();
    upsertDoc(index, 'responses:r1', answerDoc(answer(), HUDDLE));
    upsertDoc(index, 'responses:r1', answerDoc(answer({ text: 'More laughter please' }), HUDDLE));
    expect(index.documentCount).toBe(1);
    expect(runSearch(index, 'rota', {}, 10).total).toBe(0);
    expect(runSearch(index, 'laughter', {}, 10).total).toBe(1);
    upsertDoc(index, 'responses:r1', answerDoc(answer({ passed: true }), HUDDLE));
    expect(index.documentCount).toBe(0);
    expect(runSearch(index, 'laughter', {}, 10).total).toBe(0);
  });

  it('removes a document by its tombstone id', () => {
    const index = createSearchIndex();
    upsertDoc(index, 'commitments:c1', commitmentDoc(commitment(), HUDDLE));
    expect(removeDoc(index, 'commitments:c1')).toBe(true);
    expect(removeDoc(index, 'commitments:c1')).toBe(false);
    expect(runSearch(index, 'families', {}, 10).total).toBe(0);
  });

  it('narrows by team, pillar and the huddle’s dates; total counts beyond the limit', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 30; i += 1) {
      const doc = answerDoc(
        answer({ id: `r${i}`, teamId: i % 2 ? 'team-a' : 'team-b', text: `rota ${i}` }),
        { startedAt: T + i * 1000, pillars: i % 3 ? ['power'] : ['play'] },
      );
      upsertDoc(index, `responses:r${i}`, doc);
    }
    expect(runSearch(index, 'rota', {}, 5)).toMatchObject({ total: 30 });
    expect(runSearch(index, 'rota', {}, 5).matches).toHaveLength(5);
    expect(runSearch(index, 'rota', { teamId: 'team-a' }, 50).total).toBe(15);
    expect(runSearch(index, 'rota', { pillar: 'play' }, 50).total).toBe(10);
    expect(runSearch(index, 'rota', { from: T + 10_000, to: T + 20_000 }, 50).total).toBe(10);
  });
});

describe('highlighting', () => {
  it('splits text into runs and marks whole matched words, whatever their case or accents', () => {
    expect(highlightParts('Rota? The rota, again. Rotations!', ['rota'])).toEqual([
      { text: 'Rota', mark: true },
      { text: '? The ', mark: false },
      { text: 'rota', mark: true },
      { text: ', again. Rotations!', mark: false },
    ]);
    expect(highlightParts('Café talk', ['cafe'])).toEqual([
      { text: 'Café', mark: true },
      { text: ' talk', mark: false },
    ]);
    expect(highlightParts('nothing here', ['rota'])).toEqual([
      { text: 'nothing here', mark: false },
    ]);
  });

  it('keeps markup as text (parts are rendered as text nodes, never HTML)', () => {
    const parts = highlightParts('<b>rota</b>', ['rota', 'b']);
    expect(parts.map((p) => p.text).join('')).toBe('<b>rota</b>');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['b', 'rota', 'b']);
  });

  it('cuts a long text to a window around the first match', () => {
    const long = `${'word '.repeat(100)}the rota matters ${'tail '.repeat(100)}`;
    const parts = snippetParts(long, ['rota'], 120, 30);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThan(130);
    expect(parts.find((p) => p.mark)?.text).toBe('rota');
  });
});

describe('hits', () => {
  const match = (id: string, terms = ['rota']) => {
    const [table, recordId] = id.split(':') as [string, string];
    return {
      id,
      kind: table === 'responses' ? ('answer' as const) : ('commitment' as const),
      recordId,
      terms,
    };
  };

  it('shows an attributed answer with the name, step, prompt and team', () => {
    const hit = buildHit(match('responses:r1'), records({ responses: [answer()] }));
    expect(hit).toMatchObject({
      sessionId: 's1',
      teamName: 'Family support',
      stepIndex: 0,
      stepTitle: 'Talk it through',
      prompt: 'Whose voice is missing?',
      name: 'Ana',
    });
    expect(hit?.parts.find((p) => p.mark)?.text).toBe('rota');
  });

  it('names a guest from the huddle', () => {
    const hit = buildHit(
      match('responses:r1'),
      records({ responses: [answer({ memberId: 'guest-1' })] }),
    );
    expect(hit?.name).toBe('Dee');
  });

  it('never names an anonymous answer, even if a member id was somehow stored', () => {
    const anonymous = buildHit(
      match('responses:r1'),
      records({ responses: [answer({ memberId: null, stepIndex: 1 })] }),
    );
    expect(anonymous).not.toHaveProperty('name');
    const tampered = buildHit(
      match('responses:r1'),
      records({ responses: [answer({ memberId: 'm1', stepIndex: 1 })] }),
    );
    expect(tampered).not.toHaveProperty('name');
    expect(JSON.stringify(tampered)).not.toContain('Ana');
  });

  it('points a commitment at the huddle’s commitments step', () => {
    const hit = buildHit(
      match('commitments:c1', ['families']),
      records({ commitments: [commitment({ owner: 'Ben' })] }),
    );
    expect(hit).toMatchObject({
      kind: 'commitment',
      stepIndex: 2,
      stepTitle: 'What we will try next',
      owner: 'Ben',
      prompt: null,
    });
  });

  it('drops a hit whose record is gone', () => {
    expect(buildHit(match('responses:r9'), records({}))).toBeNull();
  });
});
