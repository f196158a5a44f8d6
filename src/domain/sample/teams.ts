// The made-up organisation: three teams with their people, habits and the shape of their two
// years. Names end in "(sample)" so nobody mistakes them for real teams.
import { DEFAULT_AGREEMENTS } from '../library/agreements';

export type SampleTeamKey = 'youth' | 'family' | 'residential';

/** How a team's pulse (1–5 ratings) moves over the two years. */
export type PulseTrend = 'improving' | 'dip-recover' | 'steady';

export interface SampleMemberSpec {
  name: string;
  /** Joins part-way through, as a fraction of the two years (0 = the start). */
  joinsAt?: number;
  /** Leaves (archived) part-way through. */
  leavesAt?: number;
}

export interface SampleTeamSpec {
  key: SampleTeamKey;
  name: string;
  members: SampleMemberSpec[];
  /** Day (0 = Sunday) and UTC time of the weekly huddle. */
  weekday: number;
  hour: number;
  minute: number;
  /** How often each built-in plan is run, by plan id. */
  planWeights: Record<string, number>;
  pulseTrend: PulseTrend;
  /** Words that make answers sound like this service. */
  words: { client: string[]; clients: string[]; place: string[] };
  agreements: string[];
}

export const SAMPLE_TEAMS: readonly SampleTeamSpec[] = [
  {
    key: 'youth',
    name: 'Youth outreach (sample)',
    members: [
      { name: 'Aisha' },
      { name: 'Tom B.' },
      { name: 'Keanu' },
      { name: 'Maya' },
      { name: 'Dev' },
      { name: 'Rosa' },
      { name: 'Finn', joinsAt: 0.4 },
      { name: 'Lena', leavesAt: 0.6 },
    ],
    weekday: 2,
    hour: 9,
    minute: 30,
    planWeights: {
      'bi-plan-weekly': 70,
      'bi-plan-checkin10': 10,
      'bi-plan-walking': 10,
      'bi-plan-deepdive': 10,
    },
    pulseTrend: 'improving',
    words: {
      client: ['young person', 'young person', 'teen', 'kid'],
      clients: ['young people', 'young people', 'teens', 'kids'],
      place: ['the drop-in', 'the skate park', 'the youth hub', 'the school gates'],
    },
    agreements: [...DEFAULT_AGREEMENTS],
  },
  {
    key: 'family',
    name: 'Family clinic (sample)',
    members: [
      { name: 'Priya' },
      { name: 'Marguerite' },
      { name: 'Kwame' },
      { name: 'Hana' },
      { name: 'Jules' },
      { name: 'Sofia', joinsAt: 0.3 },
      { name: 'Ben', leavesAt: 0.55 },
    ],
    weekday: 4,
    hour: 13,
    minute: 0,
    planWeights: {
      'bi-plan-weekly': 60,
      'bi-plan-checkin10': 10,
      'bi-plan-walking': 15,
      'bi-plan-deepdive': 15,
    },
    pulseTrend: 'dip-recover',
    words: {
      client: ['family', 'family', 'parent', 'client', 'carer'],
      clients: ['families', 'families', 'parents', 'clients', 'carers'],
      place: ['the clinic', 'the family centre', 'the Tuesday group', 'the school hub'],
    },
    agreements: [...DEFAULT_AGREEMENTS],
  },
  {
    key: 'residential',
    name: 'Residential care (sample)',
    members: [
      { name: 'Malik' },
      { name: 'Bea' },
      { name: 'Carlos' },
      { name: 'Mei' },
      { name: 'Sione' },
      { name: 'Grace' },
      { name: 'Omar' },
      { name: 'Ngaio', joinsAt: 0.5 },
      { name: 'Dan', leavesAt: 0.45 },
    ],
    weekday: 1,
    hour: 14,
    minute: 30,
    // Shift work: quick check-ins at handover are common.
    planWeights: {
      'bi-plan-weekly': 55,
      'bi-plan-checkin10': 30,
      'bi-plan-walking': 8,
      'bi-plan-deepdive': 7,
    },
    pulseTrend: 'steady',
    words: {
      client: ['resident', 'young person', 'kid'],
      clients: ['residents', 'young people', 'kids'],
      place: ['the house', 'the garden', 'the lounge', 'the kitchen'],
    },
    agreements: [...DEFAULT_AGREEMENTS],
  },
];

/** Visitors who sometimes join a huddle (guests have names only, like in the app). */
export const SAMPLE_GUEST_NAMES: readonly string[] = [
  'Jo (student placement)',
  'Sam from intake',
  'Alex (peer worker)',
  'Dr Amari (visiting)',
  'Morgan (new starter)',
  'Chris (relief staff)',
];

function smoothstep(x: number): number {
  const c = Math.max(0, Math.min(1, x));
  return c * c * (3 - 2 * c);
}

/**
 * The team's mean rating at a point in the two years (t: 0 = two years ago, 1 = now). Drives the
 * pulse, the pillar ratings and how pleasant the check-in feelings are.
 */
export function teamMood(trend: PulseTrend, t: number): number {
  switch (trend) {
    case 'improving':
      return 2.8 + 1.3 * smoothstep(t);
    case 'dip-recover':
      return 3.8 - 1.1 * Math.exp(-(((t - 0.5) / 0.17) ** 2));
    case 'steady':
      return 3.4 + 0.15 * Math.sin(4 * Math.PI * t);
  }
}

/** Share of reviewed commitments marked done, following the same story as the mood. */
export function followThrough(trend: PulseTrend, t: number): number {
  return 0.15 + (teamMood(trend, t) - 2) * 0.3;
}
