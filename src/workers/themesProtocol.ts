// Messages between the page (src/lib/themesClient.ts) and the themes worker. Plain data only:
// everything here crosses postMessage. The worker reads the team's answers itself, so answer
// text never has to travel from the page to the worker.
import type { ThemeAnalysis, ThemeOptions } from '../domain/themes/types';

/**
 * What a request may ask for: every ThemeOptions field but the progress callback (progress
 * comes back as messages). The worker adds the team's curated, hidden and pinned themes from
 * the database to any given here (given ones let a screen preview an unsaved theme).
 */
export type ThemesRequestOptions = Omit<ThemeOptions, 'onProgress'>;

export interface ThemesRequest {
  type: 'analyse';
  id: number;
  teamId: string;
  options: ThemesRequestOptions;
  /**
   * Keep the result for this view (its identity without dates, e.g. the range name): the next
   * request for it gets the stored result at once, as `stale` when the data changed since.
   */
  cache?: CacheRequest;
}

/** Which view to keep the result for, and the page's data version (readDataVersion) if known. */
export interface CacheRequest {
  view: string;
  dataVersion?: string;
}

/** The page no longer wants request `id`: stop reading for it and send nothing back. */
export interface ThemesCancel {
  type: 'cancel';
  id: number;
}

export type ThemesToWorker = ThemesRequest | ThemesCancel;

export interface ThemesProgress {
  type: 'progress';
  id: number;
  /** 0..1 over reading and analysing. */
  fraction: number;
}

export interface ThemesResult {
  type: 'result';
  id: number;
  analysis: ThemeAnalysis;
  /** Where the time went (for the benchmark and for curiosity; no answer text). */
  timings?: ThemesTimings;
}

export interface ThemesTimings {
  /** True when a stored result was still fresh: nothing was read or analysed. */
  cached: boolean;
  readMs: number;
  analyseMs: number;
  answers: number;
}

/** A stored result for the same view, no longer fresh: shown while the fresh one is computed. */
export interface ThemesStale {
  type: 'stale';
  id: number;
  analysis: ThemeAnalysis;
}

export interface ThemesError {
  type: 'error';
  id: number;
  /** Readable, for the person: no stack, no answer text. */
  message: string;
}

export type ThemesFromWorker = ThemesProgress | ThemesStale | ThemesResult | ThemesError;
