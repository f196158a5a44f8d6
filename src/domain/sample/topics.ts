// Topics planted in the sample answers with a known shape over time, so the theme engine (and
// its tests) can be checked against something true: a recurring burden, something emerging in
// the last ~4 months and something fading after the first year. Each planted topic belongs to
// one team; background answers never use a planted word of an emerging or fading topic.
import type { SampleTeamKey } from './teams';

export type TopicShape = 'recurring' | 'emerging' | 'fading';

export interface PlantedTopic {
  id: string;
  team: SampleTeamKey;
  /** The team's name as stored, e.g. "Youth outreach (sample)". */
  teamName: string;
  label: string;
  shape: TopicShape;
  /** Lowercase words or phrases a theme engine should surface for this topic. */
  keywords: string[];
  /** Lowercase substrings, any of which marks an answer (or commitment) as mentioning it. */
  matches: string[];
  /** Share of eligible text answers that mention it at full strength. */
  rate: number;
  /** How it is written: `{x}` is replaced by one of `variants` (repeats weight a spelling). */
  variants: string[];
  sentences: string[];
  commitments: string[];
}

/** Emerging topics start this many weeks before `now` (about four months)… */
export const EMERGES_WEEKS_AGO = 17;
/** …and reach full strength this many weeks after they start. */
export const EMERGING_RAMP_WEEKS = 8;
/** Fading topics are at full strength until a year ago… */
export const FADES_FROM_WEEKS_AGO = 52;
/** …and nearly gone in the last six months. */
export const FADED_BY_WEEKS_AGO = 26;

/** How strongly a topic of this shape is present `weeksAgo` weeks before now (0..1). */
export function topicStrength(shape: TopicShape, weeksAgo: number): number {
  switch (shape) {
    case 'recurring':
      return 1;
    case 'emerging':
      if (weeksAgo >= EMERGES_WEEKS_AGO) return 0.02;
      return Math.min(1, 0.35 + (EMERGES_WEEKS_AGO - weeksAgo) / EMERGING_RAMP_WEEKS);
    case 'fading':
      if (weeksAgo >= FADES_FROM_WEEKS_AGO) return 1;
      if (weeksAgo < FADED_BY_WEEKS_AGO) return 0.04;
      return (
        0.1 + (0.9 * (weeksAgo - FADED_BY_WEEKS_AGO)) / (FADES_FROM_WEEKS_AGO - FADED_BY_WEEKS_AGO)
      );
  }
}

export const SAMPLE_PLANTED_TOPICS: readonly PlantedTopic[] = [
  {
    id: 'youth-paperwork',
    team: 'youth',
    teamName: 'Youth outreach (sample)',
    label: 'Paperwork',
    shape: 'recurring',
    keywords: ['paperwork'],
    matches: ['paperwork', 'paper work', 'paper-work', 'documentation'],
    rate: 0.12,
    variants: ['paperwork', 'paperwork', 'paperwork', 'paperwork', 'paper work', 'documentation'],
    sentences: [
      'The {x} is eating into time with {clients}.',
      'Spent most of {when} on {x} instead of being out at {place}.',
      'So much {x}, I barely saw a {client} on Wednesday.',
      '{x} again. Same form three times.',
      'Less {x}, more time with {clients} please.',
      'I get why the {x} matters for funding but it is a lot.',
      'Caught up on {x} finally, which felt good.',
      'Would love one week without {x} piling up.',
      'The {x} backlog is stressing me out.',
    ],
    commitments: [
      'List the {x} we write twice and take it to the managers meeting',
      'Block an hour on Friday for {x} together so nobody does it at home',
      'Ask {lead} which {x} we can drop',
    ],
  },
  {
    id: 'youth-intake-system',
    team: 'youth',
    teamName: 'Youth outreach (sample)',
    label: 'New intake system',
    shape: 'emerging',
    keywords: ['intake system'],
    matches: ['intake system'],
    rate: 0.18,
    variants: ['new intake system', 'new intake system', 'intake system'],
    sentences: [
      'Still getting my head around the {x}.',
      'The {x} keeps logging me out mid-referral.',
      'Honestly the {x} has been slower than paper so far.',
      'Learned a shortcut in the {x} from {name}, game changer.',
      'Referrals are getting lost between the old database and the {x}.',
      'The {x} asks {clients} the same questions twice.',
      'Training on the {x} was rushed, I need another go.',
      'Some good bits in the {x}: the reminders actually help.',
    ],
    commitments: [
      'Write a one-page cheat sheet for the {x}',
      'Collect the {x} bugs in one place for IT',
      'Pair up with {name} for an hour on the {x}',
    ],
  },
  {
    id: 'youth-short-staffed',
    team: 'youth',
    teamName: 'Youth outreach (sample)',
    label: 'Staffing shortage',
    shape: 'fading',
    keywords: ['short staffed'],
    matches: ['short-staffed', 'short staffed', 'understaffed', 'staffing'],
    rate: 0.12,
    variants: ['short-staffed', 'short staffed', 'short staffed', 'short-staffed', 'understaffed'],
    sentences: [
      'We were {x} again, three visits had to move.',
      'Being {x} means nobody gets a proper break.',
      'Covered two caseloads because we are {x}.',
      '{x} all week, everyone is running on empty.',
      'Hard to put connection first when we are this {x}.',
      'The staffing gaps are wearing everyone down, we are so {x}.',
    ],
    commitments: [
      'Ask {lead} for an update on the vacancies while we are {x}',
      'Share the on-call gaps openly while we are {x}',
    ],
  },
  {
    id: 'family-billing',
    team: 'family',
    teamName: 'Family clinic (sample)',
    label: 'Billing targets',
    shape: 'recurring',
    keywords: ['billing'],
    matches: ['billing'],
    rate: 0.12,
    variants: [
      'billing targets',
      'billing targets',
      'billing target',
      'billing numbers',
      'billing quota',
    ],
    sentences: [
      'The {x} make it hard to stay with a {client} when they need longer.',
      'Chasing {x} instead of actually listening.',
      'I feel measured by {x}, not by the care.',
      'Missed my {x} again because a {client} was in crisis, and I would do it again.',
      'The {x} conversation with {lead} left me flat.',
      'Good week: hit the {x} without cutting sessions short.',
      'Can we talk about the {x} as a team rather than one by one?',
    ],
    commitments: [
      'Ask {lead} to explain how the {x} are set',
      'Share one story each month that the {x} miss',
    ],
  },
  {
    id: 'family-supervision',
    team: 'family',
    teamName: 'Family clinic (sample)',
    label: 'Supervision time',
    shape: 'emerging',
    keywords: ['supervision'],
    matches: ['supervision'],
    rate: 0.2,
    variants: [
      'supervision',
      'supervision',
      'supervision time',
      'supervision',
      'protected supervision time',
    ],
    sentences: [
      'My {x} got cancelled again.',
      'Really need {x} after this week.',
      'The new {x} slots are already helping me think straight.',
      'Used my {x} to talk through a tricky {client}, so helpful.',
      'Would love group {x} once a month.',
      'Protecting {x} is the most useful thing we have done lately.',
      '{x} with {name} helped me see it differently.',
      'Not enough {x} for the newer clinicians.',
    ],
    commitments: [
      'Put {x} in the calendar for everyone before the month starts',
      'Try peer {x} in pairs for a month',
    ],
  },
  {
    id: 'family-waiting-list',
    team: 'family',
    teamName: 'Family clinic (sample)',
    label: 'Waiting list',
    shape: 'fading',
    keywords: ['waiting list'],
    matches: ['waiting list', 'waitlist', 'wait list'],
    rate: 0.12,
    variants: ['waiting list', 'waiting list', 'waiting list', 'waitlist', 'wait list'],
    sentences: [
      'The {x} is so long {clients} are giving up.',
      'Calling people on the {x} just to say sorry, still waiting.',
      'Hard to hear a {client} say they waited five months on the {x}.',
      'The {x} hangs over every first conversation.',
      'Triage for the {x} took my whole Monday.',
      'Saw someone who had been on the {x} since spring.',
    ],
    commitments: [
      'Send a check-in letter to everyone on the {x}',
      'Ask {lead} for a plan for the {x}',
    ],
  },
  {
    id: 'residential-handover',
    team: 'residential',
    teamName: 'Residential care (sample)',
    label: 'Shift handover',
    shape: 'recurring',
    keywords: ['handover'],
    matches: ['handover', 'hand-over', 'hand over'],
    rate: 0.12,
    variants: ['handover', 'handover', 'handover', 'handover notes', 'hand-over', 'shift handover'],
    sentences: [
      'The {x} was rushed again, I walked in blind.',
      'Good {x} from {name} yesterday, made the night easier.',
      'Writing the {x} takes longer than the shift feels like.',
      'Could the {x} be five minutes face to face instead of the log?',
      'Missed something important in the {x} and a {client} paid for it.',
      'Love it when the {x} includes something good about the {clients}.',
    ],
    commitments: [
      'Try a five-minute face-to-face {x} at 3pm',
      'Add one good thing about each {client} to the {x}',
    ],
  },
  {
    id: 'residential-peer-mentoring',
    team: 'residential',
    teamName: 'Residential care (sample)',
    label: 'Peer mentoring',
    shape: 'emerging',
    keywords: ['peer mentoring'],
    matches: ['peer mentor', 'peer-mentor'],
    rate: 0.18,
    variants: ['peer mentoring', 'peer mentoring', 'peer mentoring', 'peer-mentoring'],
    sentences: [
      'The {x} pairs are working, {name} has been brilliant.',
      'Started {x} with {name}, I am learning as much as I teach.',
      'The {x} chats are the best half hour of my week.',
      'Would like {x} for the night team too.',
      '{x} made me feel less alone on the hard shifts.',
      'Not sure the {x} suits everyone but it helps me.',
    ],
    commitments: [
      'Set up {x} pairs for the night shift',
      'Share one thing we learned in {x} at the next huddle',
    ],
  },
  {
    id: 'residential-agency-staff',
    team: 'residential',
    teamName: 'Residential care (sample)',
    label: 'Agency staff',
    shape: 'fading',
    keywords: ['agency staff'],
    matches: ['agency'],
    rate: 0.12,
    variants: ['agency staff', 'agency staff', 'agency workers', 'agency cover'],
    sentences: [
      'Three {x} on the rota this week, the {clients} noticed.',
      'The {clients} find new {x} every night really unsettling.',
      'Spent the shift explaining the house rules to {x}.',
      'Relying on {x} makes it hard to keep routines.',
      'Kind {x} last night, but the kids did not know them.',
      'Too many unfamiliar faces, {x} again.',
    ],
    commitments: [
      'Write a one-page welcome sheet for {x}',
      'Ask {lead} how long we will rely on {x}',
    ],
  },
];
