// The insights worker's work, run in-process against the generated sample organisation (two
// years, three teams): what the worker sends back, and the client that carries it.
import { beforeAll, describe, expect, it } from 'vitest';
import { installBuiltIns } from '../../../src/db/builtIns';
import { db } from '../../../src/db/db';
import { computeOverview, computeTeamInsights } from '../../../src/db/insights';
import { loadSampleData } from '../../../src/db/sample';
import { rangeStart } from '../../../src/domain/insights/range';
import type { TeamInsights } from '../../../src/domain/insights/types';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../src/domain/library/prompts';
import { createInsightsClient, type InsightsPort } from '../../../src/lib/insightsClient';
import type { FromWorker, ToWorker } from '../../../src/workers/insightsProtocol';
import { freshDatabase } from '../db/testDb';

const NOW = new Date(2026, 4, 20, 12).getTime();
let youthId = '';

beforeAll(async () => {
  await freshDatabase();
  await installBuiltIns(BUILT_IN_PROMPTS, BUILT_IN_PLANS);
  await loadSampleData(NOW);
  const youth = (await db.teams.toArray()).find((t) => t.name.startsWith('Youth'));
  youthId = youth?.id ?? '';
}, 120_000);

describe('computeTeamInsights over the sample organisation', () => {
  let insights: TeamInsights;
  const progress: number[] = [];

  beforeAll(async () => {
    insights = await computeTeamInsights(
      {
        teamId: youthId,
        period: 'month',
        from: rangeStart('12m', 'month', NOW),
        to: NOW,
      },
      (f) => progress.push(f),
    );
  }, 60_000);

  it('trends all twelve rated items month by month, with safe distributions only', () => {
    expect(insights.periods).toHaveLength(13);
    expect(insights.pulse).toHaveLength(12);
    expect(insights.ratings).toBeGreaterThan(100);
    for (const trend of insights.pulse) {
      for (const point of trend.points) {
        if (!point.dist.withheld) expect(point.dist.count).toBeGreaterThanOrEqual(3);
        if (point.dist.withheld) expect(point.change).toBeNull();
      }
    }
    const shown = insights.pulse.filter((t) => t.latest !== null);
    expect(shown.length).toBeGreaterThan(0);
  });

  it('counts follow-through per month with the list behind each share', () => {
    const follow = insights.followThrough;
    expect(follow.reviewed).toBeGreaterThan(0);
    expect(follow.done).toBeLessThanOrEqual(follow.reviewed);
    const sum = follow.periods.reduce((n, p) => n + p.entries.length, 0);
    expect(sum).toBe(follow.reviewed);
    for (const p of follow.periods) {
      expect(p.done).toBe(p.entries.filter((e) => e.status === 'done').length);
    }
  });

  it('reports progress up to 1', () => {
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('narrows to one pillar', async () => {
    const power = await computeTeamInsights({
      teamId: youthId,
      period: 'quarter',
      to: NOW,
      pillar: 'power',
    });
    expect(power.pulse.every((t) => t.pillar === 'power')).toBe(true);
    // No `from`: from the team's first huddle, two years back.
    expect(power.periods.length).toBeGreaterThanOrEqual(8);
  });
});

describe('computeOverview over the sample organisation', () => {
  it('puts every active team side by side with the privacy floor applied', async () => {
    const overview = await computeOverview({
      period: 'month',
      from: rangeStart('6m', 'month', NOW),
      to: NOW,
    });
    expect(overview.teams.map((t) => t.name)).toHaveLength(3);
    for (const team of overview.teams) {
      expect(team.huddles).toBeGreaterThan(10);
      for (const dist of Object.values(team.pillars)) {
        if (!dist.withheld) {
          expect(dist.count).toBeGreaterThanOrEqual(3);
          expect(dist.mean).toBeGreaterThanOrEqual(1);
          expect(dist.mean).toBeLessThanOrEqual(5);
        }
      }
    }
  }, 60_000);
});

describe('the insights client', () => {
  function fakePort(handle: (message: ToWorker, reply: (m: FromWorker) => void) => void) {
    const port: InsightsPort = {
      onmessage: null,
      postMessage: (message) => {
        queueMicrotask(() => handle(message, (reply) => port.onmessage?.({ data: reply })));
      },
      terminate: () => {},
    };
    return port;
  }

  it('routes progress and answers to the request that asked, and rejects on errors', async () => {
    const client = createInsightsClient(() =>
      fakePort((message, reply) => {
        if (message.type === 'overview') {
          reply({ type: 'error', requestId: message.requestId, message: 'Nope.' });
          return;
        }
        reply({ type: 'progress', requestId: message.requestId, fraction: 0.5 });
        void computeTeamInsights(message.request).then((result) =>
          reply({ type: 'team', requestId: message.requestId, result }),
        );
      }),
    );
    const seen: number[] = [];
    const result = await client.teamInsights(
      { teamId: youthId, period: 'quarter', from: rangeStart('6m', 'quarter', NOW), to: NOW },
      (f) => seen.push(f),
    );
    expect(seen).toEqual([0.5]);
    expect(result.teamId).toBe(youthId);
    await expect(client.overview({ period: 'month', to: NOW })).rejects.toThrow('Nope.');
  }, 60_000);

  it('says so when the browser cannot run workers', async () => {
    const client = createInsightsClient(() => null);
    await expect(client.overview({ period: 'month', to: NOW })).rejects.toThrow(/no workers/);
  });
});
