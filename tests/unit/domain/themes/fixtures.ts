// Small hand-made team histories for the theme engine tests (not a test file itself).
import type { ThemeAnswer } from '../../../../src/domain/themes/types';
import type { Pillar } from '../../../../src/domain/types';

/** Monday 5 January 2026, 09:30 local time: the first huddle of the history. */
export const FIRST_HUDDLE = new Date(2026, 0, 5, 9, 30).getTime();

/** The start of week `week` of the history, on Monday at 09:30 local time. */
export function huddleTime(week: number, minutes = 0): number {
  return new Date(2026, 0, 5 + week * 7, 9, 30 + minutes).getTime();
}

let counter = 0;

export function answer(
  text: string,
  at: number,
  sessionId: string,
  over: Partial<ThemeAnswer> = {},
): ThemeAnswer {
  counter += 1;
  return {
    id: `r-${sessionId}-${counter}`,
    sessionId,
    teamId: 'team-a',
    pillar: 'relationships',
    createdAt: at,
    text,
    ...over,
  };
}

/**
 * Everyday reflections with few repeated topic words, so only planted topics recur. Each is
 * used at most twice across a history.
 */
export const EVERYDAY = [
  'Aisha covered my Tuesday visit when my car broke down',
  'Grateful for the laughs at lunch on Thursday',
  'A mum told me our group was the first place she felt listened to',
  'Learned from Dev how he opens a hard conversation with a teenager',
  'Tired but proud of how the court hearing went',
  'The quiz at the start of the meeting lifted everyone',
  'Keanu asked the young people to choose the next outing',
  'I made a mistake on a referral and Maya helped me fix it without blame',
  'Rosa brought cake for her birthday and we sang badly',
  'A grandfather taught me a card game from his island',
  'Our supervisor asked what we would change first, and listened',
  'I want to get better at noticing when I am overwhelmed',
  'The shelter staff thanked us for the joint plan',
  'Finn shared a podcast about motivational interviewing',
  'The drive to the farm was long but the kids sang all the way',
  'A father said the waiting room felt less cold with the new plants',
  'I finally took my lunch break outside in the sun',
  'Lena explained the benefits appeal process to me patiently',
  'We laughed about the printer jam for ten minutes',
  'My goal is to call the housing officer before noon',
  'The new volunteer asked brilliant questions at the induction',
  'I am calmer since we started the breathing minute',
  'A teenager showed me her drawings of the harbour',
  'Sam and I swapped shifts so I could see my son play football',
  'The interpreter made the home meeting feel respectful',
  'I noticed I interrupt people when I am anxious',
  'Our celebration of the adoption hearing made me cry happy tears',
  'Dev asked the youth council to review the leaflet',
  'The rain flooded the side entrance again',
  'I learned the names of every child at the drop-in',
  'Maya noticed I was quiet and checked in after lunch',
  'The pizza party for the graduates was loud and joyful',
  'A resident asked to help plan the garden',
  'Grateful that Aisha stayed late for the crisis call',
  'Our reflective practice session on boundaries was honest',
  'The family mediation ended with everyone shaking hands',
  'Keanu taught us a stretching game for long meetings',
  'I read the case notes from a different angle this time',
  'A mother asked us to slow down and explain the plan',
  'The cooking class burned the rice and nobody minded',
];

export interface PlantedHistory {
  answers: ThemeAnswer[];
  weeks: number;
}

/**
 * Twelve weekly huddles of five answers each, with planted topics:
 * - paperwork in two answers of every huddle, spelled every which way (recurring);
 * - the new intake form in the last four weeks only (emerging);
 * - the parking garage in the first six weeks only (fading).
 */
export function plantedHistory(): PlantedHistory {
  const paperwork = [
    'The paperwork kept me from a home visit again',
    'So much paper work after every intake, I barely saw families',
    'Paperwork! Three hours of forms before lunch',
    'I want less of the paperwork and more time with the young people',
    'the paper-work for the audit took the whole afternoon',
    'Drowning in paperwork since the new manager arrived',
  ];
  const intake = [
    'The new intake form asks families the same question three times',
    'Filling in the new intake form took forty minutes with one dad',
    'Nobody asked us before the intake form changed',
  ];
  const parking = [
    'The parking garage was full so I was late to group',
    'Circled the parking garage for twenty minutes again',
  ];
  const answers: ThemeAnswer[] = [];
  const weeks = 12;
  let everyday = 0;
  const nextEveryday = () => EVERYDAY[everyday++ % EVERYDAY.length]!;
  for (let week = 0; week < weeks; week += 1) {
    const session = `s${week}`;
    const texts = [
      paperwork[week % paperwork.length]!,
      `${nextEveryday()}. ${paperwork[(week + 3) % paperwork.length]!}`,
      week >= 8 ? intake[week % intake.length]! : nextEveryday(),
      week >= 8 ? `${intake[(week + 1) % intake.length]!}.` : nextEveryday(),
      week < 6 ? parking[week % parking.length]! : nextEveryday(),
    ];
    if (week < 6) texts.push(`${parking[(week + 1) % parking.length]!}, honestly.`);
    texts.forEach((text, k) => {
      answers.push(answer(text, huddleTime(week, k), session));
    });
  }
  return { answers, weeks };
}

/** The same text in `count` answers, spread over `huddles` huddles (round robin). */
export function spread(text: string, count: number, huddles: number, week0 = 0): ThemeAnswer[] {
  return Array.from({ length: count }, (_, i) =>
    answer(text, huddleTime(week0 + (i % huddles), 30 + i), `s${week0 + (i % huddles)}`),
  );
}

export function withPillar(answers: ThemeAnswer[], pillar: Pillar): ThemeAnswer[] {
  return answers.map((a) => ({ ...a, pillar }));
}
