import { act, renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearDraft,
  clearDraftsOf,
  type DraftKey,
  draftKeptInThisTab,
  keepDraftInThisTab,
  listDraftScopes,
  readDraft,
  saveDraft,
} from '../../../src/db/drafts';
import { resetKeyring } from '../../../src/db/encryption/keyring';
import { enableLock } from '../../../src/db/encryption/session';
import type { AppDB } from '../../../src/db/schema';
import { useTextDraft } from '../../../src/db/useTextDraft';
import { freshDatabase } from './testDb';

let db: AppDB;
const KEY: DraftKey = { kind: 'commitment', scope: 'huddle-1' };
const isBlank = (text: string) => !text.trim();

beforeEach(async () => {
  db = await freshDatabase();
  sessionStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

/** What is stored for KEY right now, read straight from the table. */
const stored = async () => (await db.drafts.get('commitment:huddle-1'))?.value;

describe('draft write functions', () => {
  it('store, read, replace and clear one draft per screen and scope', async () => {
    await saveDraft(KEY, { text: 'Call the school' });
    await saveDraft({ kind: 'guest-name', scope: 'huddle-1' }, 'Sam');
    await saveDraft({ kind: 'commitment', scope: 'huddle-2' }, { text: 'Other huddle' });
    expect(await readDraft(KEY)).toEqual({ text: 'Call the school' });
    await saveDraft(KEY, { text: 'Call the school on Monday' });
    expect(await readDraft(KEY)).toEqual({ text: 'Call the school on Monday' });
    await clearDraft(KEY);
    expect(await readDraft(KEY)).toBeUndefined();
    expect(await readDraft({ kind: 'guest-name', scope: 'huddle-1' })).toBe('Sam');
    expect(await clearDraftsOf('huddle-1')).toBe(1);
    expect(await readDraft({ kind: 'commitment', scope: 'huddle-2' })).toEqual({
      text: 'Other huddle',
    });
  });

  it('list which prompts (or plans) have a draft, the latest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    await saveDraft({ kind: 'prompt', scope: 'prompt-a' }, { text: 'A' });
    vi.setSystemTime(2_000);
    await saveDraft({ kind: 'prompt', scope: 'new' }, { text: 'New' });
    await saveDraft({ kind: 'plan', scope: 'plan-a' }, { name: 'Plan' });
    await saveDraft({ kind: 'commitment', scope: 'prompt-b' }, { text: 'Not a prompt' });
    expect(await listDraftScopes('prompt')).toEqual(['new', 'prompt-a']);
    expect(await listDraftScopes('plan')).toEqual(['plan-a']);
    expect(await listDraftScopes('agreements')).toEqual([]);
    // Kept only in this tab (the page closed before the database had it): listed too, once.
    keepDraftInThisTab({ kind: 'plan', scope: 'new' }, { name: 'Half' });
    keepDraftInThisTab({ kind: 'plan', scope: 'plan-a' }, { name: 'Plan' });
    expect(await listDraftScopes('plan')).toEqual(['plan-a', 'new']);
  });

  it('refuse a draft with no scope or a runaway size', async () => {
    await expect(saveDraft({ kind: 'commitment', scope: '' }, 'x')).rejects.toThrow();
    await expect(saveDraft(KEY, 'x'.repeat(60_000))).rejects.toThrow(/too long/);
    expect(await db.drafts.count()).toBe(0);
  });

  it('seal what was typed while the lock is on, drafts written before it included', async () => {
    await saveDraft(KEY, { text: 'EARLY-SECRET call the school' });
    try {
      await enableLock('correct horse battery', {
        iterationsForTests: 1_000,
        wrongDelayMsForTests: 0,
      });
      await saveDraft({ kind: 'agreements', scope: 'team-1' }, { adding: 'LATE-SECRET' });
      const raw = new Dexie(db.name);
      await raw.open();
      const stored = JSON.stringify(await raw.table('drafts').toArray());
      raw.close();
      expect(stored).not.toContain('SECRET');
      expect(await readDraft(KEY)).toEqual({ text: 'EARLY-SECRET call the school' });
    } finally {
      resetKeyring();
    }
  });

  it('keep a draft in this tab when the database cannot be reached', () => {
    expect(keepDraftInThisTab(KEY, { text: 'Kept' })).toBe(true);
    expect(draftKeptInThisTab(KEY)).toEqual({ text: 'Kept' });
  });
});

describe('useTextDraft', () => {
  it('reads the stored draft back into the field', async () => {
    await saveDraft(KEY, 'Where I left off');
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe('Where I left off');
    expect(result.current.hasDraft).toBe(true);
  });

  it('saves 300 ms after the last key', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => result.current.set('Call'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(await stored()).toBeUndefined();
    await act(() => vi.advanceTimersByTimeAsync(100));
    vi.useRealTimers();
    await waitFor(async () => expect(await stored()).toBe('Call'));
  });

  it('saves at least once a second while typing on without a pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await act(() => vi.advanceTimersByTimeAsync(0));
    const words = 'Call the school about the transport plan';
    // A key every 150 ms: the 300 ms debounce alone would never fire.
    for (let i = 1; i <= 8; i += 1) {
      act(() => result.current.set(words.slice(0, i)));
      await act(() => vi.advanceTimersByTimeAsync(150));
    }
    // 8 × 150 ms = 1.2 s of typing: saved once at 1 s, with what was typed by then.
    const saved = await stored();
    expect(typeof saved).toBe('string');
    expect(words.startsWith(saved as string)).toBe(true);
    expect((saved as string).length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    [
      'the page is hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        Object.defineProperty(document, 'visibilityState', {
          value: 'visible',
          configurable: true,
        });
      },
    ],
    ['the page is closed', () => window.dispatchEvent(new Event('pagehide'))],
  ])('saves at once when %s, before the debounce', async (_, leave) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => result.current.set('Half a thought'));
    await act(() => vi.advanceTimersByTimeAsync(50));
    act(leave);
    // The debounce timer is dropped with the fake clock: only the listener can have saved it.
    vi.useRealTimers();
    await waitFor(async () => expect(await stored()).toBe('Half a thought'));
  });

  it('keeps what is pending in this tab at once when the page unloads (a write may not finish)', async () => {
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.set('Typed just before a reload'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // Synchronously: nothing awaited between the event and this read.
    expect(draftKeptInThisTab(KEY)).toBe('Typed just before a reload');
  });

  it('saves at once when the screen unmounts (a step change), and the next screen has it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => first.result.current.set('Typed, then Next'));
    first.unmount();
    // The debounce timer is dropped with the fake clock: only the unmount can have saved it.
    vi.useRealTimers();
    await waitFor(async () => expect(await stored()).toBe('Typed, then Next'));
    const again = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await waitFor(() => expect(again.result.current.value).toBe('Typed, then Next'));
  });

  it('clears on purpose only: an added or cleared draft is gone, and so is an emptied field', async () => {
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.set('Added in a moment'));
    await act(() => result.current.flush());
    expect(await stored()).toBe('Added in a moment');
    await act(() => result.current.clear());
    expect(result.current.value).toBe('');
    expect(await stored()).toBeUndefined();
    act(() => result.current.set('Again'));
    await act(() => result.current.flush());
    act(() => result.current.set('   '));
    await act(() => result.current.flush());
    expect(await db.drafts.count()).toBe(0);
  });

  it('keeps what was typed while the stored draft was still being read', async () => {
    await saveDraft(KEY, 'Older');
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    act(() => result.current.set('Newer'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe('Newer');
  });

  it('brings back a draft kept in this tab (the database was gone) and stores it', async () => {
    await saveDraft(KEY, 'Older, stored');
    keepDraftInThisTab(KEY, 'Newer, kept in the tab');
    const { result } = renderHook(() => useTextDraft<string>(KEY, '', isBlank));
    await waitFor(() => expect(result.current.value).toBe('Newer, kept in the tab'));
    await waitFor(async () => expect(await stored()).toBe('Newer, kept in the tab'));
    expect(draftKeptInThisTab(KEY)).toBeUndefined();
  });
});
