import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnswerInput, saveAnswer } from '../../../db/responses';
import type { Response } from '../../../domain/types';
import { newId } from '../../../lib/ids';
import { useDraftRegistry } from './draftRegistry';

/** Debounce for saving while typing: short enough that a crash loses at most a few letters. */
export const AUTOSAVE_DELAY_MS = 300;
/**
 * Longest wait for a save while someone types without pausing: counted from the first unsaved
 * change, never pushed back by later keystrokes, so a crash loses at most the last second.
 */
export const AUTOSAVE_MAX_WAIT_MS = 1000;
const RETRY_DELAY_MS = 2000;

export interface DraftValue {
  text?: string;
  rating?: number;
  feelings?: string[];
  passed?: boolean;
}

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

type Target = Omit<AnswerInput, 'id' | keyof DraftValue>;

function isEmpty(value: DraftValue): boolean {
  return (
    !value.passed &&
    !value.text?.trim() &&
    value.rating === undefined &&
    (value.feelings?.length ?? 0) === 0
  );
}

/**
 * One answer being typed: kept on screen, saved ~300 ms after the last change (at least once a
 * second while typing goes on), and at once on blur, when the page is hidden or closed, and
 * before the turn or step changes. Saved as a draft: only the turn's Done makes it an answer
 * (see finishAnswers). A failed save (e.g. storage full) keeps the text on screen, reports the
 * error and retries.
 */
export function useAnswerDraft(target: Target, saved: Response | undefined) {
  const registry = useDraftRegistry();
  const [value, setValueState] = useState<DraftValue>(() => fromResponse(saved));
  // The latest value, so `update` can merge into it without being rebuilt on every keystroke.
  const valueRef = useRef(value);
  const [status, setStatus] = useState<SaveStatus>(saved ? 'saved' : 'idle');
  const [error, setError] = useState<unknown>(null);
  // The id is chosen before the first save, so every save of this answer is an upsert of one
  // row, however saves overlap.
  const idRef = useRef<string>(saved?.id ?? newId());
  const storedRef = useRef<boolean>(saved !== undefined);
  const pendingRef = useRef<DraftValue | null>(null);
  const timerRef = useRef<number | undefined>(undefined);
  // Runs from the first unsaved change until the next save starts (AUTOSAVE_MAX_WAIT_MS).
  const maxWaitRef = useRef<number | undefined>(undefined);
  const chainRef = useRef<Promise<void>>(Promise.resolve());
  const targetRef = useRef(target);
  targetRef.current = target;
  const retryRef = useRef<() => void>(() => {});

  const saveNow = useCallback(async (): Promise<void> => {
    const pending = pendingRef.current;
    if (!pending) return;
    // Nothing typed yet and nothing stored: no empty rows.
    if (!storedRef.current && isEmpty(pending)) {
      pendingRef.current = null;
      setStatus('idle');
      return;
    }
    setStatus('saving');
    try {
      await saveAnswer({ ...targetRef.current, id: idRef.current, ...pending, draft: true });
      storedRef.current = true;
      if (pendingRef.current === pending) pendingRef.current = null;
      setError(null);
      setStatus(pendingRef.current ? 'pending' : 'saved');
    } catch (e) {
      setError(e);
      setStatus('error');
      timerRef.current = window.setTimeout(() => retryRef.current(), RETRY_DELAY_MS);
      throw e;
    }
  }, []);

  /** Saves whatever is pending, after any save already under way (one at a time, in order). */
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timerRef.current);
    window.clearTimeout(maxWaitRef.current);
    maxWaitRef.current = undefined;
    const run = chainRef.current.then(saveNow);
    chainRef.current = run.catch(() => undefined);
    return run;
  }, [saveNow]);

  const safeFlush = useCallback(() => flush().catch(() => undefined), [flush]);
  retryRef.current = () => void safeFlush();

  const setValue = useCallback(
    (next: DraftValue) => {
      valueRef.current = next;
      setValueState(next);
      pendingRef.current = next;
      setStatus('pending');
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => void safeFlush(), AUTOSAVE_DELAY_MS);
      maxWaitRef.current ??= window.setTimeout(() => void safeFlush(), AUTOSAVE_MAX_WAIT_MS);
    },
    [safeFlush],
  );

  /** Merges a change into the latest value. Stable, so memoised inputs keep their handlers. */
  const update = useCallback(
    (patch: DraftValue) => setValue({ ...valueRef.current, ...patch }),
    [setValue],
  );

  useEffect(() => {
    const unregister = registry?.register(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void safeFlush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', safeFlush);
    return () => {
      unregister?.();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', safeFlush);
      // Leaving the screen saves what is pending rather than dropping it.
      void safeFlush();
    };
  }, [registry, flush, safeFlush]);

  return { value, setValue, update, flush: safeFlush, status, error };
}

function fromResponse(saved: Response | undefined): DraftValue {
  if (!saved) return {};
  return {
    passed: saved.passed,
    ...(saved.text !== undefined ? { text: saved.text } : {}),
    ...(saved.rating !== undefined ? { rating: saved.rating } : {}),
    ...(saved.feelings !== undefined ? { feelings: saved.feelings } : {}),
  };
}
