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
}

export interface ThemesError {
  type: 'error';
  id: number;
  /** Readable, for the person: no stack, no answer text. */
  message: string;
}

export type ThemesFromWorker = ThemesProgress | ThemesResult | ThemesError;
