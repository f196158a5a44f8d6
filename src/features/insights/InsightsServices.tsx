// Where the page's heavy work runs: the insights worker (pulse and follow-through) and the theme
// worker. Behind a context so component tests (jsdom has no module workers) can run the same
// aggregations in-process; the app always uses the real workers.

import { createContext, type ReactNode, useContext } from 'react';
import type {
  Overview,
  OverviewRequest,
  TeamInsights,
  TeamInsightsRequest,
} from '../../domain/insights/types';
import type { ThemeAnalysis, ThemeOptions } from '../../domain/themes/types';
import { now } from '../../lib/clock';
import { type CacheOptions, getInsightsClient } from '../../lib/insightsClient';
import { analyseTeamThemes } from '../../lib/themesClient';
import type { CacheRequest } from '../../workers/themesProtocol';

export type OnProgress = (fraction: number) => void;

export interface ThemeRequest {
  teamId: string;
  options: Omit<ThemeOptions, 'onProgress'>;
  /**
   * Requests with the same purpose replace each other in the theme worker: the team view and the
   * overview use different ones so neither cancels the other.
   */
  purpose?: 'insights' | 'insights-overview';
  /** Keep the result for this view (the range name): the next visit shows it at once. */
  cache?: CacheRequest;
}

export interface InsightsServices {
  /** `options.onStale` gets a stored, older result for the view at once (when there is one). */
  teamInsights: (
    request: TeamInsightsRequest,
    onProgress?: OnProgress,
    options?: CacheOptions<TeamInsights>,
  ) => Promise<TeamInsights>;
  overview: (request: OverviewRequest, onProgress?: OnProgress) => Promise<Overview>;
  analyseThemes: (
    request: ThemeRequest,
    onProgress?: OnProgress,
    onStale?: (analysis: ThemeAnalysis) => void,
  ) => Promise<ThemeAnalysis>;
  now: () => number;
}

const workerServices: InsightsServices = {
  teamInsights: (request, onProgress, options) =>
    getInsightsClient().teamInsights(request, onProgress, options),
  overview: (request, onProgress) => getInsightsClient().overview(request, onProgress),
  analyseThemes: (request, onProgress, onStale) => analyseTeamThemes(request, onProgress, onStale),
  now,
};

const ServicesContext = createContext<InsightsServices>(workerServices);

export function InsightsServicesProvider({
  services,
  children,
}: {
  services: InsightsServices;
  children: ReactNode;
}) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

export function useInsightsServices(): InsightsServices {
  return useContext(ServicesContext);
}
