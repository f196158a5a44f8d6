/// <reference lib="webworker" />
// The search worker: builds the full-text index off the main thread, so typing in the search box
// and scrolling history stay smooth while thousands of answers are indexed. It opens the
// database itself (src/db/db.ts); Dexie tells it about writes made by the app's windows.
import { installWorkerKeyListener } from '../db/encryption/keyring';
import { createSearchEngine } from './searchEngine';
import type { FromWorker, ToWorker } from './searchProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Before onmessage: takes the page's key messages (the database reads need the key).
installWorkerKeyListener(scope);
const engine = createSearchEngine((message: FromWorker) => scope.postMessage(message));

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  void engine.handle(event.data);
};
engine.start();
