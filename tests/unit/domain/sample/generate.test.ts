import { describe, expect, it } from 'vitest';
import { pillarsCovered } from '../../../../src/domain/library/coverage';
import { BUILT_IN_PLANS } from '../../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../../src/domain/library/prompts';
import { generateSampleData } from '../../../../src/domain/sample/generate';
import { SAMPLE_SPAN, WEEK } from '../../../../src/domain/sample/time';
import type { Session } from '../../../../src/domain/types';
import { NOW, sampleData, UUID_V4 } from './fixture';

const prompts = new Map(BUILT_IN_PROMPTS.map((p) => [p.id, p]));
const plans = new Map(BUILT_IN_PLANS.map((p) => [p.id, p]));

describe('generateSampleData', () => {
  it('is deterministic: same seed and now give identical records, another seed differs', () => {
    const a = generateSampleData({ now: NOW, seed: 11 });
    const b = generateSampleData({ now: NOW, seed: 11 });
    expect(b).toEqual(a);
    const c = generateSampleData({ now: NOW, seed: 12 });
    expect(c.teams.map((t) => t.id)).not.toEqual(a.teams.map((t) => t.id));
    expect(c.responses.slice(0, 200).map((r) => r.text)).not.toEqual(
      a.responses.slice(0, 200).map((r) => r.text),
    );
  });

  it('is quick enough to run on a click', () => {
    const started = performance.now();
    generateSampleData({ now: NOW, seed: 3 });
    // About 0.3 s on a laptop; generous for a busy CI machine.
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('makes three marked teams of 6–9 people, with unique UUID-shaped ids everywhere', () => {
    const data = sampleData();
    expect(data.teams).toHaveLength(3);
    for (const team of data.teams) {
      expect(team.sample).toBe(true);
      expect(team.name).toMatch(/\(sample\)$/);
      const members = data.members.filter((m) => m.teamId === team.id);
      expect(members.length).toBeGreaterThanOrEqual(6);
      expect(members.length).toBeLessThanOrEqual(9);
    }
    const ids = [
      ...data.teams,
      ...data.members,
      ...data.sessions,
      ...data.responses,
      ...data.commitments,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
  });

  it('runs two years of weekly huddles per team, ending before now', () => {
    const data = sampleData();
    for (const team of data.teams) {
      const sessions = data.sessions
        .filter((s) => s.teamId === team.id)
        .sort((a, b) => a.startedAt - b.startedAt);
      expect(sessions.length).toBeGreaterThanOrEqual(95);
      expect(sessions.length).toBeLessThanOrEqual(104);
      const first = sessions[0] as Session;
      const last = sessions.at(-1) as Session;
      expect(first.startedAt).toBeGreaterThan(NOW - SAMPLE_SPAN - WEEK);
      expect(first.startedAt).toBeLessThan(NOW - SAMPLE_SPAN + 3 * WEEK);
      expect(last.endedAt).toBeLessThan(NOW);
      expect(last.startedAt).toBeGreaterThan(NOW - 3 * WEEK);
      for (let i = 1; i < sessions.length; i += 1) {
        const gap = (sessions[i] as Session).startedAt - (sessions[i - 1] as Session).startedAt;
        // Weekly, apart from the winter break and the odd cancelled week.
        expect(gap).toBeGreaterThan(6 * 24 * 3600_000);
        expect(gap).toBeLessThanOrEqual(4 * WEEK);
      }
      expect(team.createdAt).toBeLessThan(first.startedAt);
    }
  });

  it('runs built-in plans through rotation, mostly the weekly huddle, a few abandoned', () => {
    const data = sampleData();
    const byPlan = new Map<string, number>();
    for (const s of data.sessions) {
      const plan = plans.get(s.planId);
      expect(plan?.name).toBe(s.planName);
      byPlan.set(s.planId, (byPlan.get(s.planId) ?? 0) + 1);
      for (const step of s.steps) {
        for (const id of step.promptIds) expect(prompts.has(id)).toBe(true);
      }
      expect(s.pillars).toEqual(pillarsCovered(s.steps, prompts));
      expect(s.endedAt).toBeGreaterThan(s.startedAt);
      expect(s.updatedAt).toBe(s.endedAt);
      if (s.status === 'completed') expect(s.currentStep).toBe(s.steps.length);
      else expect(s.currentStep).toBeLessThan(s.steps.length);
      expect(s.attendance.length + s.guests.length).toBeGreaterThanOrEqual(3);
    }
    expect([...byPlan.keys()].sort()).toEqual([...plans.keys()].sort());
    expect(byPlan.get('bi-plan-weekly') ?? 0).toBeGreaterThan(data.sessions.length / 2);
    const abandoned = data.sessions.filter((s) => s.status === 'abandoned').length;
    expect(abandoned).toBeGreaterThan(0);
    expect(abandoned).toBeLessThan(data.sessions.length * 0.08);
    expect(data.sessions.some((s) => s.status === 'active')).toBe(false);
    // Rotation: in-depth prompts vary from huddle to huddle (not the same one every week).
    const talked = new Set(
      data.sessions.flatMap((s) =>
        s.steps
          .filter((st) => st.planStepId === 'weekly-pillar-talk')
          .flatMap((st) => st.promptIds),
      ),
    );
    expect(talked.size).toBeGreaterThan(40);
  });

  it('varies attendance: absences, a joiner, a leaver and the occasional guest', () => {
    const data = sampleData();
    for (const team of data.teams) {
      const members = data.members.filter((m) => m.teamId === team.id);
      const sessions = data.sessions.filter((s) => s.teamId === team.id);
      expect(members.some((m) => m.archived)).toBe(true);
      const ids = new Set(members.map((m) => m.id));
      for (const s of sessions) for (const id of s.attendance) expect(ids.has(id)).toBe(true);
      const everyoneThere = sessions.filter((s) =>
        members.every((m) => m.archived || s.attendance.includes(m.id)),
      );
      expect(everyoneThere.length).toBeLessThan(sessions.length / 2);
      const leaver = members.find((m) => m.archived);
      const attendedAfterLeaving = sessions.some(
        (s) => leaver && s.startedAt > leaver.updatedAt && s.attendance.includes(leaver.id),
      );
      expect(attendedAfterLeaving).toBe(false);
    }
    const withGuests = data.sessions.filter((s) => s.guests.length > 0).length;
    expect(withGuests).toBeGreaterThan(5);
    expect(withGuests).toBeLessThan(data.sessions.length * 0.2);
  });
});

describe('sample answers', () => {
  // Checks collect problems and assert once: 17,000 expect() calls would take seconds.
  it('are 15–25k answers that each point at a real huddle step and prompt', () => {
    const data = sampleData();
    expect(data.responses.length).toBeGreaterThan(15_000);
    expect(data.responses.length).toBeLessThan(25_000);
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    const problems: string[] = [];
    for (const r of data.responses) {
      const session = sessions.get(r.sessionId);
      const step = session?.steps[r.stepIndex];
      const reached =
        session?.status === 'completed'
          ? r.stepIndex < session.currentStep
          : r.stepIndex <= (session?.currentStep ?? -1);
      const ok =
        session !== undefined &&
        r.teamId === session.teamId &&
        step?.promptIds.includes(r.promptId) &&
        r.pillar === prompts.get(r.promptId)?.pillar &&
        reached &&
        r.createdAt >= session.startedAt &&
        r.updatedAt >= r.createdAt &&
        r.updatedAt <= (session.endedAt ?? 0);
      if (!ok) problems.push(r.id);
    }
    expect(problems).toEqual([]);
  });

  it('never keeps a person id (or a slot) on anonymous and pulse steps', () => {
    const data = sampleData();
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    let anonymous = 0;
    const problems: string[] = [];
    for (const r of data.responses) {
      const session = sessions.get(r.sessionId) as Session;
      const mode = session.steps[r.stepIndex]?.mode;
      if ('slot' in r) problems.push(`slot on ${r.id}`);
      if (mode === 'anonymous' || mode === 'pulse') {
        anonymous += 1;
        if (r.memberId !== null) problems.push(`member id on ${r.id}`);
      } else {
        const present = [...session.attendance, ...session.guests.map((g) => g.id)];
        if (!present.includes(r.memberId ?? '')) problems.push(`absent answerer on ${r.id}`);
      }
    }
    expect(problems).toEqual([]);
    expect(anonymous).toBeGreaterThan(5000);
  });

  it('answers each kind of prompt in its own way, with about one pass in ten', () => {
    const data = sampleData();
    let passed = 0;
    const problems: string[] = [];
    for (const r of data.responses) {
      const prompt = prompts.get(r.promptId);
      if (r.passed) {
        passed += 1;
        if (r.text !== undefined || r.rating !== undefined || r.feelings !== undefined) {
          problems.push(`pass with content ${r.id}`);
        }
        continue;
      }
      const ok =
        prompt?.kind === 'scale'
          ? Number.isInteger(r.rating) && (r.rating ?? 0) >= 1 && (r.rating ?? 0) <= 5
          : prompt?.kind === 'feeling'
            ? (r.feelings?.length ?? 0) > 0
            : prompt?.kind === 'choice'
              ? (prompt.choices ?? []).includes(r.text ?? '')
              : (r.text?.trim().length ?? 0) > 0 && (r.text?.length ?? 0) < 5000;
      if (!ok) problems.push(`${prompt?.kind} answer ${r.id}`);
    }
    expect(problems).toEqual([]);
    const share = passed / data.responses.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.14);
  });

  it('phrases answers in many different ways', () => {
    const texts = sampleData()
      .responses.filter((r) => r.text && prompts.get(r.promptId)?.category === 'pillar')
      .map((r) => r.text as string);
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.6);
    const lengths = texts.map((t) => t.length);
    expect(Math.min(...lengths)).toBeLessThan(25);
    expect(Math.max(...lengths)).toBeGreaterThan(200);
    expect(texts.some((t) => t === t.toLowerCase())).toBe(true);
  });
});
