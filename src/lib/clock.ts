import type { Millis } from '../domain/types';

/** The one place that reads the wall clock, so tests can reason about time. */
export function now(): Millis {
  return Date.now();
}
