// Parts of the live huddle that are not needed at every position, kept out of its first load
// (the 150 KB budget). HuddleRoute awaits the part the restored position shows before the first
// render, so nothing flashes and focus lands on the new screen's heading; the others are fetched
// in the background once the huddle is open.
import { currentStepDef, phase } from '../../domain/huddle/selectors';
import type { HuddleState } from '../../domain/huddle/state';
import { lazyComponent } from '../../ui/lazyComponent';

export const LobbyPart = lazyComponent(() => import('./Lobby').then((module) => module.Lobby));
export const DevicePart = lazyComponent(() =>
  import('./steps/DeviceStep').then((module) => module.DeviceStep),
);
export const ReviewPart = lazyComponent(() =>
  import('./steps/ReviewCommitmentsStep').then((module) => module.ReviewCommitmentsStep),
);
export const CommitmentsPart = lazyComponent(() =>
  import('./steps/CommitmentsStep').then((module) => module.CommitmentsStep),
);
export const SummaryPart = lazyComponent(() =>
  import('./steps/SummaryPhase').then((module) => module.SummaryPhase),
);
export const HelpPart = lazyComponent(() =>
  import('./ShortcutsHelp').then((module) => module.ShortcutsHelp),
);
export const GroundingPart = lazyComponent(() =>
  import('../../ui/GroundingMoment').then((module) => module.GroundingMoment),
);

const ALL = [
  LobbyPart,
  DevicePart,
  ReviewPart,
  CommitmentsPart,
  SummaryPart,
  HelpPart,
  GroundingPart,
];

/** The part the huddle shows at this position, if it is a lazy one. */
function partAt(state: HuddleState) {
  const where = phase(state);
  if (where === 'lobby') return LobbyPart;
  if (where === 'summary') return SummaryPart;
  const step = currentStepDef(state);
  if (step?.kind === 'review-commitments') return ReviewPart;
  if (step?.kind === 'commitments') return CommitmentsPart;
  if (step?.kind === 'prompts' && step.mode !== 'round') return DevicePart;
  return null;
}

/** Loads what the position shows now; a failure surfaces at render (and is retried there). */
export async function preloadPartAt(state: HuddleState): Promise<void> {
  await partAt(state)
    ?.preload()
    .catch(() => undefined);
}

/** Fetches every part in the background so a later step, G or ? renders at once. */
export function preloadAllParts(): void {
  for (const part of ALL) void part.preload().catch(() => undefined);
}
