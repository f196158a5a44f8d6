// Small, concrete things a team commits to at the end of a huddle, by the pillar they serve.
import type { Pillar } from '../types';

export const COMMITMENT_PHRASES: Record<Pillar, readonly string[]> = {
  relationships: [
    'Check in with each other after hard visits, a text is enough',
    'Have lunch together on Wednesday',
    'Pair every new starter with a buddy for their first month',
    'Ask "how are you, really?" at the start of shifts',
    'Say thank you out loud when someone covers for us',
  ],
  learning: [
    'Bring one case for a curious, no-blame discussion next week',
    'Share one thing we learned from a {client} at the next huddle',
    '{name} to show the de-escalation approach at our next meeting',
    'Read the short article {name} found and talk about it',
  ],
  play: [
    'Bring back the Friday quiz',
    'Start Monday with music',
    'Celebrate one small win every huddle',
    'Plan a team walk for the last Friday of the month',
  ],
  power: [
    'Ask the night workers before we change the rota',
    'Invite a {client} voice into the planning day',
    'Rotate who chairs the team meeting',
    'Write decisions on the board with who decided and why',
  ],
  parallel: [
    'Leave on time at least twice this week',
    'Debrief after every incident, even a short one',
    'Take a proper lunch break away from desks',
    'Offer each other the same patience we offer {clients}',
  ],
};
