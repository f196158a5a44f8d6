// Messages between the page (src/lib/insightsClient.ts) and the insights worker. Plain data
// only: everything here crosses postMessage.
import type {
  Overview,
  OverviewRequest,
  TeamInsights,
  TeamInsightsRequest,
} from '../domain/insights/types';

export type ToWorker =
  | { type: 'team'; requestId: number; request: TeamInsightsRequest }
  | { type: 'overview'; requestId: number; request: OverviewRequest };

export type FromWorker =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'team'; requestId: number; result: TeamInsights }
  | { type: 'overview'; requestId: number; result: Overview }
  | { type: 'error'; requestId: number; message: string };
