// A seeded generator of huddle answers for the theme benchmark, with planted topics whose
// frequency follows a known shape over two years of weekly huddles:
//   recurring — paperwork, caseload, supervision, billing quotas (steady all along);
//   emerging  — the new records system, staff turnover (mostly in the last third);
//   fading    — the parking garage, the old covid protocols (first third, then gone);
//   occasional — the holiday party, the fire drill (a few bursts).
// Everything else is ordinary reflection talk built from word lists, so the text has a realistic
// spread of distinct words and phrases. Math.random is never used: a seed reproduces it all.
import { mulberry32, type RandomSource } from '../src/domain/library/random';
import type { ThemeAnswer } from '../src/domain/themes/types';
import type { Pillar } from '../src/domain/types';

const WEEK = 7 * 86_400_000;
const PILLARS: Pillar[] = ['relationships', 'learning', 'play', 'power', 'parallel'];

type Shape = (t: number) => number; // t in [0, 1): share of the two years gone; → weight

interface Topic {
  name: string;
  shape: Shape;
  sentences: string[];
}

const steady: Shape = () => 1;
const rising: Shape = (t) => (t < 0.62 ? 0.03 : 1.6);
const falling: Shape = (t) => (t < 0.35 ? 1.4 : 0.01);
const bursts: Shape = (t) => (Math.floor(t * 26) % 9 === 4 ? 0.9 : 0.02);

const TOPICS: Topic[] = [
  {
    name: 'paperwork',
    shape: steady,
    sentences: [
      'The paperwork kept me from {client} visits again this {day}',
      'So much paper work after every intake, I barely saw {clients}',
      'Paperwork! Three hours of forms before lunch',
      'I want less paperwork and more time with {clients}',
      'the paper-work for the {place} audit took all afternoon',
    ],
  },
  {
    name: 'caseload',
    shape: steady,
    sentences: [
      'My caseload is too high to do proper follow-up with {clients}',
      'Caseloads went up again and nobody asked us first',
      'With this caseload I cannot give {clients} the attention they need',
    ],
  },
  {
    name: 'supervision',
    shape: steady,
    sentences: [
      'Supervision with {name} helped me think through the {client} situation',
      'Reflective supervision got cancelled twice, I miss it',
      'I appreciated honest supervision about a mistake I made',
    ],
  },
  {
    name: 'billing quotas',
    shape: steady,
    sentences: [
      'Billing quotas push us to rush sessions with {clients}',
      'The billing quota conversation felt like numbers over people',
      'Worried about billing quotas when {clients} cancel',
    ],
  },
  {
    name: 'records system',
    shape: rising,
    sentences: [
      'The new records system logged me out twice during notes',
      'Still learning the new records system, the {place} team helped',
      'Records system training was rushed and confusing',
    ],
  },
  {
    name: 'staff turnover',
    shape: rising,
    sentences: [
      'Staff turnover means {clients} keep meeting new faces',
      'Another goodbye this month, staff turnover is wearing us down',
      'We talked about staff turnover and who decides on hiring',
    ],
  },
  {
    name: 'parking garage',
    shape: falling,
    sentences: [
      'The parking garage was full again so I was late to the {place}',
      'Parking garage gate broke, walked in the rain',
    ],
  },
  {
    name: 'covid protocols',
    shape: falling,
    sentences: [
      'Covid protocols changed again and {clients} were confused',
      'Masks and covid protocols at the {place} made home visits slower',
    ],
  },
  {
    name: 'holiday party',
    shape: bursts,
    sentences: ['The holiday party planning made everyone laugh', 'Loved the holiday party games'],
  },
  {
    name: 'fire drill',
    shape: bursts,
    sentences: ['Fire drill in the middle of group, the kids loved it', 'The fire drill ran long'],
  },
];

/** The people answers mention; the benchmark passes them as the worker would (personNames). */
export const NAMES = [
  'Aisha',
  'Tom',
  'Keanu',
  'Maya',
  'Dev',
  'Rosa',
  'Finn',
  'Lena',
  'Sam',
  'Priya',
];
const CLIENT = ['family', 'young person', 'client', 'parent', 'resident', 'teen', 'caregiver'];
const CLIENTS = ['families', 'young people', 'clients', 'parents', 'residents', 'teens', 'kids'];
const PLACES = ['school', 'shelter', 'clinic', 'group home', 'court', 'drop-in centre', 'office'];
const DAYS = ['week', 'morning', 'shift', 'month', 'day'];
const FEELINGS = [
  'tired',
  'hopeful',
  'proud',
  'stretched',
  'calm',
  'anxious',
  'grateful',
  'frustrated',
  'curious',
  'energised',
  'drained',
  'settled',
  'overwhelmed',
  'content',
  'uneasy',
  'optimistic',
];
const NOUNS = [
  'plan',
  'meeting',
  'call',
  'visit',
  'referral',
  'assessment',
  'group',
  'session',
  'goal',
  'boundary',
  'conversation',
  'question',
  'story',
  'idea',
  'moment',
  'win',
  'setback',
  'change',
  'decision',
  'agenda',
  'schedule',
  'handover',
  'email',
  'training',
  'workshop',
  'check-in',
  'budget',
  'policy',
  'rota',
  'shift pattern',
  'outing',
  'art project',
  'football match',
  'cooking class',
  'court date',
  'safety plan',
  'care plan',
  'family meeting',
  'home visit',
  'crisis call',
  'team lunch',
  'walk',
  'joke',
  'game',
  'debrief',
  'feedback',
  'review',
  'report',
  'letter',
  'form',
  'transport',
  'housing',
  'benefits',
  'school meeting',
  'appointment',
];
const VERBS = [
  'helped',
  'surprised',
  'challenged',
  'changed',
  'shaped',
  'slowed',
  'lifted',
  'stretched',
  'taught',
  'reminded',
  'encouraged',
  'worried',
  'supported',
  'distracted',
  'grounded',
  'moved',
];
const GENERIC = [
  'I felt {feeling} after the {noun} with {name}',
  'The {noun} {verb} me more than I expected',
  '{name} backed me up during the {noun} and I felt {feeling}',
  'We learned from the {noun} that did not go smoothly',
  'Our {clients} want a say in the {noun}',
  'Laughing together at the {noun} {verb} the whole {day}',
  'I am {feeling} about the {noun} coming up at the {place}',
  'Grateful to {name} for covering the {noun} when I was out',
  'The {client} voice was missing from the {noun}',
  'We treated each other the way we ask to treat {clients} during the {noun}',
  'Feeling {feeling}; today is about the {noun}, and {name} has my back',
  'Someone new led the {noun} and it {verb} how we work',
  '{feeling}, mostly because of the {noun}',
  'My goal is to finish the {noun} before the {place} closes',
  '{name} is my person if the {noun} gets stuck',
  'A {client} made me laugh during the {noun}',
  'Honestly {feeling}, the {noun} at the {place} dragged on',
  '{name} noticed I was {feeling} and checked in after the {noun}',
  'The {noun} reminded me why I do this work',
  'I would like {clients} to shape the next {noun}',
  'Nobody explained why the {noun} moved, that decision came from above',
  'Learned a new way to start the {noun} from {name}',
  'Proud of how we handled the {noun} with the {client}',
  'We could make the {noun} more fun with a quick game',
  'Thank you {name} for the {noun}, it {verb} my {day}',
  'I need a quieter {day} after the {noun}',
  'The {noun} ran over and I missed lunch',
  'Tried something different in the {noun} and the {clients} joined in',
  'Still thinking about the {noun} from last {day}',
  '{clients} at the {place} told us what works for them in the {noun}',
];
const PROMPTS = [
  'How are you feeling?',
  'What is your goal today?',
  'Who can you ask for help?',
  'What got in the way of care this week, taking time away from the people we serve?',
  'What did you learn from a colleague this week, from something they did or said?',
  'Think of a decision that affected our work recently. Whose voice was missing when it was made?',
  'When did laughter or lightness help in a hard moment recently, with a client or with the team?',
  'Who or what are you grateful for this week?',
];

/**
 * The long tail of real text (names of places, people, services, one-off details): 20,000
 * made-up words drawn with a Zipf-like skew, so the numbers of distinct words and phrases grow
 * with the data as they do in real answers, instead of staying at a template's vocabulary.
 */
const SYLLABLES = [
  'bra',
  'mel',
  'tor',
  'wick',
  'an',
  'sel',
  'dun',
  'ford',
  'li',
  'ra',
  'ven',
  'mo',
  'cas',
  'tle',
  'ber',
  'ro',
  'ny',
  'hal',
  'den',
  'quin',
  'sto',
  'ka',
  'pel',
  'ash',
];
const TAIL_SIZE = 20_000;
const TAIL: string[] = Array.from({ length: TAIL_SIZE }, (_, i) => {
  // The index in base 24, one syllable per digit: unique, pronounceable, two to four syllables.
  let word = '';
  for (let n = i + SYLLABLES.length; n > 0; n = Math.floor(n / SYLLABLES.length)) {
    word += SYLLABLES[n % SYLLABLES.length];
  }
  return word;
});

function tailWord(random: RandomSource): string {
  // P(rank r) ∝ 1/r: a handful of details recur often, most are rare.
  const rank = Math.floor(Math.exp(random() * Math.log(TAIL_SIZE))) - 1;
  return TAIL[Math.min(TAIL_SIZE - 1, rank)] as string;
}

const TAIL_CLAUSES = [
  'at {tail}',
  'with {tail} from the {place}',
  'for {tail}',
  'and {tail}',
  'about {tail} and {tail}',
  'in {tail}',
];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fill(template: string, random: RandomSource): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'name':
        return pick(random, NAMES);
      case 'client':
        return pick(random, CLIENT);
      case 'clients':
        return pick(random, CLIENTS);
      case 'place':
        return pick(random, PLACES);
      case 'day':
        return pick(random, DAYS);
      case 'feeling':
        return pick(random, FEELINGS);
      case 'noun':
        return pick(random, NOUNS);
      case 'verb':
        return pick(random, VERBS);
      case 'tail':
        return tailWord(random);
      default:
        return slot;
    }
  });
}

export interface SampleOptions {
  count: number;
  seed?: number;
  /** Newest answer time; the history spans the two years before it. */
  end?: number;
  /** Answers per huddle. */
  perHuddle?: number;
  /** Share of answers that speak to one planted topic. */
  topicShare?: number;
}

/** `count` answers for one team, oldest first, in huddles spread evenly over two years. */
export function generateAnswers(options: SampleOptions): ThemeAnswer[] {
  const random = mulberry32(options.seed ?? 42);
  const end = options.end ?? new Date(2026, 0, 5).getTime();
  const start = end - 104 * WEEK;
  const perHuddle = options.perHuddle ?? 12;
  const topicShare = options.topicShare ?? 0.5;
  const huddles = Math.ceil(options.count / perHuddle);
  const answers: ThemeAnswer[] = [];
  for (let h = 0; h < huddles && answers.length < options.count; h += 1) {
    const t = h / huddles;
    const at = start + Math.floor(t * 104 * WEEK);
    const weights = TOPICS.map((topic) => topic.shape(t));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const pillar = PILLARS[h % PILLARS.length] as Pillar;
    for (let k = 0; k < perHuddle && answers.length < options.count; k += 1) {
      let text = fill(pick(random, GENERIC), random);
      if (random() < 0.6) text = `${text} ${fill(pick(random, TAIL_CLAUSES), random)}`;
      if (random() < topicShare) {
        let r = random() * totalWeight;
        let chosen = TOPICS[0] as Topic;
        for (let i = 0; i < TOPICS.length; i += 1) {
          r -= weights[i] as number;
          if (r < 0) {
            chosen = TOPICS[i] as Topic;
            break;
          }
        }
        const topicSentence = fill(pick(random, chosen.sentences), random);
        text = random() < 0.5 ? `${topicSentence}. ${text}.` : `${text}. ${topicSentence}.`;
      } else if (random() < 0.5) {
        text = `${text}. ${fill(pick(random, GENERIC), random)}.`;
      }
      text = text.charAt(0).toUpperCase() + text.slice(1);
      answers.push({
        id: `a${answers.length}`,
        sessionId: `h${h}`,
        teamId: 'bench-team',
        pillar,
        createdAt: at + k * 60_000,
        text,
        prompt: PROMPTS[(h + k) % PROMPTS.length] as string,
      });
    }
  }
  return answers;
}

export const PLANTED = {
  recurring: ['paperwork', 'caseload', 'supervision', 'billing quotas'],
  emerging: ['records system', 'staff turnover'],
  fading: ['parking garage', 'covid protocols'],
} as const;
