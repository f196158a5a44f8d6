import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_RETRY_MS } from '../lib/autosave';
import { getConnectionState, onDatabaseReopened } from './db';
import {
  clearDraft,
  type DraftKey,
  draftId,
  draftKeptInThisTab,
  forgetDraftInThisTab,
  keepDraftInThisTab,
  readDraft,
  saveDraft,
} from './drafts';

export type DraftStatus = 'idle' | 'pending' | 'saved' | 'error';

export interface TextDraft<T> {
  value: T;
  /** False until the stored draft has been read (typing before that is kept, not overwritten). */
  loaded: boolean;
  /** True when a non-empty draft is on screen (typed now or restored). */
  hasDraft: boolean;
  status: DraftStatus;
  set: (next: T) => void;
  /** Saves what is pending now (on blur, before leaving). */
  flush: () => Promise<void>;
  /** The person added, saved or discarded it: empty the fields and forget the draft. */
  clear: () => Promise<void>;
}

/**
 * Text being written on one screen (a commitment, a guest's name, agreements), kept as a draft:
 * saved 300 ms after the last change and at least once a second while typing, at once on blur,
 * when the page is hidden or closed and when the screen unmounts; read back when the screen
 * opens again. An empty value deletes the draft. `key` null: nothing is stored (still loading).
 */
export function useTextDraft<T>(
  key: DraftKey | null,
  empty: T,
  isEmpty: (value: T) => boolean,
): TextDraft<T> {
  const id = key ? draftId(key) : null;
  const [value, setValueState] = useState<T>(empty);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const keyRef = useRef(key);
  keyRef.current = key;
  const valueRef = useRef(value);
  const emptyRef = useRef(empty);
  emptyRef.current = empty;
  const isEmptyRef = useRef(isEmpty);
  isEmptyRef.current = isEmpty;
  // What is typed but not on disk yet (undefined: nothing pending).
  const pendingRef = useRef<{ value: T } | undefined>(undefined);
  const typedRef = useRef(false);
  const debounceRef = useRef<number | undefined>(undefined);
  const maxWaitRef = useRef<number | undefined>(undefined);
  const retryRef = useRef<number | undefined>(undefined);
  const chainRef = useRef<Promise<void>>(Promise.resolve());

  const stopTimers = useCallback(() => {
    window.clearTimeout(debounceRef.current);
    window.clearTimeout(maxWaitRef.current);
    window.clearTimeout(retryRef.current);
    debounceRef.current = undefined;
    maxWaitRef.current = undefined;
    retryRef.current = undefined;
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    const pending = pendingRef.current;
    const target = keyRef.current;
    if (!pending || !target) return;
    try {
      if (isEmptyRef.current(pending.value)) await clearDraft(target);
      else await saveDraft(target, pending.value);
      forgetDraftInThisTab(target);
      if (pendingRef.current === pending) pendingRef.current = undefined;
      setStatus(pendingRef.current ? 'pending' : 'saved');
    } catch {
      setStatus('error');
      // Nowhere to save until a reload: keep it in this tab, so the reload brings it back.
      if (getConnectionState() === 'unavailable') keepDraftInThisTab(target, pending.value);
      window.clearTimeout(retryRef.current);
      retryRef.current = window.setTimeout(() => void flushRef.current(), AUTOSAVE_RETRY_MS);
    }
  }, []);

  /** One save at a time, in order; resolves when what was pending is stored (or failed). */
  const flush = useCallback((): Promise<void> => {
    stopTimers();
    const run = chainRef.current.then(saveNow);
    chainRef.current = run;
    return run;
  }, [saveNow, stopTimers]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const set = useCallback(
    (next: T) => {
      typedRef.current = true;
      valueRef.current = next;
      setValueState(next);
      pendingRef.current = { value: next };
      setStatus('pending');
      window.clearTimeout(debounceRef.current);
      debounceRef.current = window.setTimeout(() => void flush(), AUTOSAVE_DEBOUNCE_MS);
      // Typing on without a pause still saves at least once a second.
      if (maxWaitRef.current === undefined) {
        maxWaitRef.current = window.setTimeout(() => void flush(), AUTOSAVE_MAX_WAIT_MS);
      }
    },
    [flush],
  );

  const clear = useCallback((): Promise<void> => {
    stopTimers();
    typedRef.current = true;
    valueRef.current = emptyRef.current;
    setValueState(emptyRef.current);
    pendingRef.current = { value: emptyRef.current };
    return flush();
  }, [flush, stopTimers]);

  // Read the stored draft (or one kept in this tab when the database could not be reached).
  useEffect(() => {
    const key = keyRef.current;
    if (!key || id === null) return;
    let cancelled = false;
    typedRef.current = false;
    setLoaded(false);
    const kept = draftKeptInThisTab<T>(key);
    readDraft<T>(key)
      .catch(() => undefined)
      .then((stored) => {
        if (cancelled) return;
        const restored = kept ?? stored;
        // Whatever was typed while reading is newer than what is stored.
        if (!typedRef.current && restored !== undefined) {
          valueRef.current = restored;
          setValueState(restored);
          setStatus('saved');
          if (kept !== undefined) {
            pendingRef.current = { value: kept };
            void flushRef.current();
          }
        }
        setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [id]);

  useEffect(() => {
    const safeFlush = () => void flushRef.current();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') safeFlush();
    };
    // A write begun while the page unloads (a reload, a closed tab) may never reach the disk:
    // what is pending is also kept in this tab's sessionStorage, synchronously, and the next load
    // stores it and forgets it.
    const onPageHide = () => {
      const pending = pendingRef.current;
      const target = keyRef.current;
      if (pending && target) keepDraftInThisTab(target, pending.value);
      safeFlush();
    };
    const onReopened = () => {
      if (pendingRef.current) safeFlush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    const stopListening = onDatabaseReopened(onReopened);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      stopListening();
      // Leaving the screen (a step change, another page) saves what is pending.
      safeFlush();
    };
  }, []);

  return {
    value,
    loaded,
    hasDraft: !isEmpty(value),
    status,
    set,
    flush,
    clear,
  };
}
