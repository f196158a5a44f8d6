// Messages between the page (src/lib/insightsClient.ts) and the insights worker. Plain data
// only: everything here crosses postMessage.

import type {
  Overview,
  OverviewRequest,
  TeamInsights,
  TeamInsightsRequest,
} from '../domain/insights/types';
import type { CacheRequest } from './themesProtocol';

export type ToWorker =
  | {
      type: 'team';
      requestId: number;
      request: TeamInsightsRequest;
      /** Keep the result for this view (see src/db/analysisCache.ts). */
      cache?: CacheRequest;
    }
  | { type: 'overview'; requestId: number; request: OverviewRequest };

export type FromWorker =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'team'; requestId: number; result: TeamInsights; cached?: boolean }
  /** The stored result for the view, no longer fresh: shown while the fresh one is computed. */
  | { type: 'stale-team'; requestId: number; result: TeamInsights }
  | { type: 'overview'; requestId: number; result: Overview }
  | { type: 'error'; requestId: number; message: string };
