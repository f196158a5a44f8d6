import { describe, expect, it } from 'vitest';
import type { ThemeAnalysis } from '../../../../src/domain/themes/types';
import {
  createThemesClient,
  isThemesCancelled,
  THEMES_CRASHED,
  THEMES_UNAVAILABLE,
  type ThemesPort,
} from '../../../../src/lib/themesClient';
import type {
  ThemesFromWorker,
  ThemesRequest,
  ThemesToWorker,
} from '../../../../src/workers/themesProtocol';

/** Stands in for the worker: records what it is sent; the test answers by hand. */
class FakePort implements ThemesPort {
  sent: ThemesToWorker[] = [];
  terminated = false;
  onmessage: ((event: { data: ThemesFromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  postMessage(message: ThemesToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: ThemesFromWorker) {
    this.onmessage?.({ data: message });
  }
  requests(): ThemesRequest[] {
    return this.sent.filter((m): m is ThemesRequest => m.type === 'analyse');
  }
}

function analysis(answersAnalysed: number): ThemeAnalysis {
  return { period: 'week', periods: [], themes: [], answersAnalysed, withheld: 0 };
}

function setup() {
  const ports: FakePort[] = [];
  const client = createThemesClient(() => {
    const port = new FakePort();
    ports.push(port);
    return port;
  });
  return { client, ports };
}

describe('themes client', () => {
  it('starts one worker lazily, numbers requests and resolves with the result', async () => {
    const { client, ports } = setup();
    expect(ports).toHaveLength(0);
    const progress: number[] = [];
    const pending = client.analyse(
      { teamId: 'team-a', options: { period: 'month', pillar: 'power' } },
      (f) => progress.push(f),
    );
    expect(ports).toHaveLength(1);
    const [request] = ports[0]!.requests();
    expect(request).toEqual({
      type: 'analyse',
      id: 1,
      teamId: 'team-a',
      options: { period: 'month', pillar: 'power' },
    });
    ports[0]!.reply({ type: 'progress', id: 1, fraction: 0.5 });
    ports[0]!.reply({ type: 'result', id: 1, analysis: analysis(12) });
    await expect(pending).resolves.toEqual(analysis(12));
    expect(progress).toEqual([0.5]);

    const second = client.analyse({ teamId: 'team-b', options: { period: 'week' } });
    expect(ports).toHaveLength(1);
    ports[0]!.reply({ type: 'result', id: 2, analysis: analysis(3) });
    await expect(second).resolves.toEqual(analysis(3));
  });

  it('replaces an older request for the same purpose, stopping the busy worker', async () => {
    const { client, ports } = setup();
    const older = client.analyse({ teamId: 'team-a', options: { period: 'week' } });
    const newer = client.analyse({ teamId: 'team-a', options: { period: 'month' } });
    const olderError = await older.catch((e: unknown) => e);
    expect(isThemesCancelled(olderError)).toBe(true);
    // The first worker was only busy with the stale request: it is ended, a fresh one started.
    expect(ports[0]!.terminated).toBe(true);
    expect(ports).toHaveLength(2);
    ports[1]!.reply({ type: 'result', id: 2, analysis: analysis(5) });
    await expect(newer).resolves.toEqual(analysis(5));
  });

  it('cancels by message when the worker also serves another purpose', async () => {
    const { client, ports } = setup();
    const other = client.analyse({ teamId: 'team-a', options: { period: 'week' }, purpose: 'pdf' });
    const older = client.analyse({ teamId: 'team-a', options: { period: 'week' } });
    const newer = client.analyse({ teamId: 'team-a', options: { period: 'quarter' } });
    expect(isThemesCancelled(await older.catch((e: unknown) => e))).toBe(true);
    expect(ports).toHaveLength(1);
    expect(ports[0]!.sent).toContainEqual({ type: 'cancel', id: 2 });
    // A late answer to the cancelled request is ignored.
    ports[0]!.reply({ type: 'result', id: 2, analysis: analysis(99) });
    ports[0]!.reply({ type: 'result', id: 3, analysis: analysis(7) });
    ports[0]!.reply({ type: 'result', id: 1, analysis: analysis(1) });
    await expect(newer).resolves.toEqual(analysis(7));
    await expect(other).resolves.toEqual(analysis(1));
  });

  it('rejects with a readable message on a worker error or crash, then starts afresh', async () => {
    const { client, ports } = setup();
    const failing = client.analyse({ teamId: 'team-a', options: { period: 'week' } });
    ports[0]!.reply({ type: 'error', id: 1, message: 'The device is out of storage space.' });
    await expect(failing).rejects.toThrow('The device is out of storage space.');

    const crashing = client.analyse({ teamId: 'team-a', options: { period: 'week' } });
    ports[0]!.onerror?.(new Event('error'));
    await expect(crashing).rejects.toThrow(THEMES_CRASHED);
    expect(ports[0]!.terminated).toBe(true);

    void client.analyse({ teamId: 'team-a', options: { period: 'week' } });
    expect(ports).toHaveLength(2);
  });

  it('honours an abort signal, and says so when workers are unavailable', async () => {
    const { client } = setup();
    const controller = new AbortController();
    const pending = client.analyse({
      teamId: 'team-a',
      options: { period: 'week' },
      signal: controller.signal,
    });
    controller.abort();
    expect(isThemesCancelled(await pending.catch((e: unknown) => e))).toBe(true);

    const none = createThemesClient(() => null);
    await expect(none.analyse({ teamId: 'team-a', options: { period: 'week' } })).rejects.toThrow(
      THEMES_UNAVAILABLE,
    );
  });
});
