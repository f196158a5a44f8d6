/// <reference lib="webworker" />
// The insights worker: reads ratings and commitments from IndexedDB itself (src/db/insights.ts)
// and sends back only the aggregates, so the page never holds the answers and never stalls
// while thousands of them are counted. Requests are answered one at a time, in order.
import { installWorkerKeyListener } from '../db/encryption/keyring';
import { computeOverview, computeTeamInsights } from '../db/insights';
import type { TeamInsights } from '../domain/insights/types';
import { runCached } from './cachedAnalysis';
import type { FromWorker, ToWorker } from './insightsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Before onmessage: takes the page's key messages (the database reads need the key).
installWorkerKeyListener(scope);
const post = (message: FromWorker) => scope.postMessage(message);

function messageOf(error: unknown): string {
  if (error instanceof Error && error.name === 'DatabaseClosedError') {
    return 'The app was updated in another tab. Reload the page to see insights again.';
  }
  return 'Insights could not read the huddles stored on this device.';
}

/** Progress at most every 50 ms: a message per row would flood the page. */
function throttledProgress(requestId: number) {
  let last = 0;
  return (fraction: number) => {
    const t = Date.now();
    if (fraction < 1 && t - last < 50) return;
    last = t;
    post({ type: 'progress', requestId, fraction });
  };
}

let queue = Promise.resolve();

async function handle(message: ToWorker): Promise<void> {
  const { requestId } = message;
  const onProgress = throttledProgress(requestId);
  try {
    if (message.type === 'team' && message.cache) {
      const { request } = message;
      const run = await runCached({
        kind: 'team-insights',
        teamId: request.teamId,
        view: JSON.stringify([message.cache.view, { ...request, from: null, to: null }]),
        request,
        compute: () => computeTeamInsights(request, onProgress),
        dataVersion: message.cache.dataVersion,
        onStale: (result: TeamInsights) => post({ type: 'stale-team', requestId, result }),
      });
      post({ type: 'team', requestId, result: run.value, cached: run.cached });
      await run.store();
    } else if (message.type === 'team') {
      post({
        type: 'team',
        requestId,
        result: await computeTeamInsights(message.request, onProgress),
      });
    } else {
      post({
        type: 'overview',
        requestId,
        result: await computeOverview(message.request, onProgress),
      });
    }
  } catch (error) {
    post({ type: 'error', requestId, message: messageOf(error) });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  queue = queue.then(() => handle(event.data));
};
