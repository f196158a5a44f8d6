// Parts of the live huddle that are not needed at every position, kept out of its first load
// (the 150 KB budget; `npm run size` also counts a reload at each of these positions). HuddleRoute
// awaits the part the restored position shows before the first render, so nothing flashes and
// focus lands on the new screen's heading; once a position shows, the next one's part is fetched;
// the shortcuts dialog and the grounding moment load when first opened.
import { currentStepDef, phase } from '../../domain/huddle/selectors';
import type { HuddleState } from '../../domain/huddle/state';
import { lazyComponent } from '../../ui/lazyComponent';

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

/** The part the huddle shows at this position, if it is a lazy one. */
function partAt(state: HuddleState) {
  const where = phase(state);
  if (where === 'lobby') return null;
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

/** Fetches what the position after this one shows (from the lobby: the first step's). */
export function preloadPartAfter(state: HuddleState): void {
  const next = nextPosition(state);
  if (next) void preloadPartAt(next);
}

function nextPosition(state: HuddleState): HuddleState | null {
  if (state.currentStep >= state.steps.length) return null;
  return { ...state, currentStep: state.currentStep + 1 };
}
