// Messages between the page (src/lib/searchClient.ts) and the search worker. Plain data only:
// everything here crosses postMessage.
import type { Millis, Pillar } from '../domain/types';

/** The history filters that also narrow a search (status changes over time, so it does not). */
export interface SearchFilters {
  teamId?: string;
  pillar?: Pillar;
  /** Inclusive start time of the huddle. */
  from?: Millis;
  /** Exclusive end time. */
  to?: Millis;
}

export type ToWorker = {
  type: 'search';
  requestId: number;
  query: string;
  filters: SearchFilters;
  limit: number;
};

export type IndexStatus =
  | { state: 'idle' }
  | { state: 'unavailable' }
  | { state: 'indexing'; total: number; done: number }
  /** `version` grows with every change to the index, so shown results can refresh. */
  | { state: 'ready'; documents: number; version: number }
  | { state: 'failed'; message: string };

/** A run of text, marked when it matched the query. Rendered as text, never as HTML. */
export interface HighlightPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  /** `responses:<id>` or `commitments:<id>`. */
  id: string;
  kind: 'answer' | 'commitment';
  sessionId: string;
  teamName: string;
  startedAt: Millis;
  /** The step of the huddle it belongs to; null when the huddle has no such step. */
  stepIndex: number | null;
  stepTitle: string;
  /** The question answered (answers only). */
  prompt: string | null;
  /** Who answered, for attributed answers only; anonymous answers never carry a name. */
  name?: string;
  /** Who took on a commitment, if anyone was named. */
  owner?: string;
  /** A snippet of the text with the matched words marked. */
  parts: HighlightPart[];
}

export type FromWorker =
  | { type: 'status'; status: IndexStatus }
  | {
      type: 'results';
      requestId: number;
      /** All matches; `hits` holds the best `limit` of them. */
      total: number;
      hits: SearchHit[];
      /** True while the index is still being built: more may match later. */
      partial: boolean;
    }
  | { type: 'error'; requestId: number; message: string };
