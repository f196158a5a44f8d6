// What people say in answer to in-depth pillar prompts, in the voice of youth, family and
// residential workers. `{slot}`s are filled per team and per answer (see compose.ts). These
// background answers must never use a planted topic's words (see topics.ts), or the planted
// shapes would blur.
import type { Pillar } from '../types';

export interface PillarPhrases {
  /** Full sentences. */
  cores: string[];
  /** What a facilitator types while the person speaks. */
  short: string[];
}

export const PILLAR_PHRASES: Record<Pillar, PillarPhrases> = {
  relationships: {
    cores: [
      '{name} covered my shift when my kid was sick. That meant a lot.',
      '{name} checked in after a rough session with a {client}, just a quick text but it helped.',
      'Lunch together {when}, first time in ages we actually sat down.',
      'Felt most connected when we all stayed late to sort out a crisis with a {client}. Tired but together.',
      'I like that people notice when I go quiet. {name} usually does.',
      'When I am having a hard day I get short with people. A cup of tea and no questions helps.',
      'The morning check-ins keep us connected even when we are flat out.',
      'Honestly I have felt a bit on the edge of the team lately, working different hours.',
      'We are good at backing each other in a crisis, less good at the everyday stuff.',
      '{name} and {name2} sorting the rota together without any drama.',
      'I would like us to welcome new people better, my first weeks here were lonely.',
      'Knowing I can ring {name} after a hard visit makes this job doable.',
      'We repaired things after that tense meeting by actually talking it through. Took courage.',
      'Connection before task with a {client} {when}: we just walked and talked.',
      'Need a bit more patience from each other this week, everyone is stretched.',
      'The group chat memes keep me going, not going to lie.',
      'A new {colleague} asked me for help and it reminded me how far I have come.',
      'What helps most is someone saying "I have got this one" without being asked.',
    ],
    short: [
      '{name} covering for me',
      'lunch together',
      'people noticing',
      'quick texts after hard visits',
      'the tea round',
      'being asked how I am, properly',
      '{name}, always',
      'feeling a bit disconnected tbh',
    ],
  },
  learning: {
    cores: [
      'A {client} taught me to slow down and let silence do some of the work.',
      'Learned from {name} how to de-escalate without raising my voice.',
      'I made a mistake with a referral and nobody blamed me. We worked out what to change instead.',
      'A hard day reminded me I need to eat lunch away from my desk.',
      'The training on trauma-informed practice was actually useful for once.',
      'Getting curious instead of frustrated with a {client} changed the whole conversation.',
      'Asking "what happened to you" opens more doors than "what is wrong with you".',
      'Would love more time to learn from each other, case discussions maybe.',
      '{name} shared a reflection tool I have been using with {clients} all week.',
      'I still feel nervous admitting when I do not know something here.',
      'Watching {name} with a {client} at {place} taught me more than any course.',
      'We talk about curiosity over blame but in the last incident review it felt like blame.',
      'Reading about positive childhood experiences changed how I see our {clients}.',
      'I learned my limits this week. Asked for help earlier than usual.',
      'A {client} corrected me on something about their culture, grateful they felt safe to.',
      'Mistakes get talked about more openly now, which I appreciate.',
    ],
    short: [
      'slow down',
      'ask before assuming',
      'learned loads from {name}',
      'curiosity over blame, mostly',
      'a {client} taught me patience',
      'that it is ok to not know',
    ],
  },
  play: {
    cores: [
      'We had a water fight with the {clients} at {place}, pure joy.',
      'Laughing with {name} in the car between visits saved my week.',
      'The quiz on Friday was silly and exactly what we needed.',
      'Humour gets us through but sometimes it covers stuff we should talk about.',
      'Playing {activity} with a {client} got more out of them than an hour of talking.',
      'I would love to bring back the birthday cake tradition.',
      'Joy is hard to find when we are this busy, honestly.',
      'Celebrating small wins: a {client} came back after three weeks away!',
      'We tried starting the meeting with a daft question and it actually worked.',
      'Creativity helped with the rota puzzle, {name} turned it into a game.',
      'The best moment this week was a {client} teaching me a dance move.',
      'Play feels like another task when we are stretched. Maybe smaller, like music in the office.',
      'Our Friday walk is the tradition I would fight for.',
      'Someone left a silly note on the fridge and it made my day.',
      '{name} dressing up for the summer party, legendary.',
    ],
    short: [
      'the Friday quiz',
      'laughing in the car',
      'music in the office',
      'cake!',
      '{activity} with a {client}',
      'not much play this week',
    ],
  },
  power: {
    cores: [
      'The roster change was decided without asking the people who work nights.',
      'A {client} told us what they needed and we actually changed the plan. Felt right.',
      'Support workers know the {clients} best and are rarely asked.',
      'I had a real say in the new referral process, because {name} invited me to the meeting.',
      'Decisions about our {clients} get made at head office, far from us.',
      'Families should be in the room when we plan for them, not told afterwards.',
      'It is hard to speak up when senior people are in the room. The anonymous steps help.',
      'Next time we should ask the part-timers before deciding.',
      'We offer {clients} choices all day; we could offer each other some too.',
      '{name} changed my mind about the group sessions, they saw something I missed.',
      'I would split the caseloads differently if it were up to us.',
      'Asking the {clients} what they want from us gave us better ideas than our planning day.',
      'Night workers hear about decisions last.',
      'Felt heard by {lead} this week, they actually changed something.',
      'Whose voice was missing? The {clients}, as usual.',
    ],
    short: [
      'nights not asked',
      'the {clients} voice',
      'felt heard',
      'decisions from above',
      'ask support workers first',
      'nobody asked us',
    ],
  },
  parallel: {
    cores: [
      'We are patient with {clients} and short with each other when it gets busy.',
      'We walked our talk when {name} had a hard week, everyone pitched in. We fell short on listening in the team meeting.',
      'I give {clients} time to breathe; I rarely give it to myself.',
      'We could offer each other the same warmth we offer the {clients}.',
      'The stress the {clients} carry shows up in our tone with each other.',
      'Saw {name} slow down and really listen to a {colleague}, like we do with {clients}.',
      'Safety, choice, voice: we are good at choice with each other, less good at voice.',
      'Good support feels like someone asking what I need instead of telling me what to do.',
      'My boundary is leaving on time on Fridays. Please help me protect it.',
      'If a {client} watched our meetings they would be proud of the humour, worried about the rushing.',
      'After the crisis last week we debriefed properly. That is what we would want for {clients}.',
      'We preach self-care and then eat lunch at our desks.',
      'Would we ask a {client} to sit through our Monday meeting? No chance.',
      'I noticed I was more compassionate with a {client} than with myself.',
      'We fell short: a {colleague} got blamed in front of everyone for a system problem.',
      'Treating each other like we treat {clients} is easier on the good weeks.',
    ],
    short: [
      'patient with {clients}, short with each other',
      "we had each other's backs",
      'not always walking the talk',
      'leaving on time',
      'debrief after the crisis',
      'more warmth with each other',
    ],
  },
};

/** Said before an answer now and then. */
export const LEAD_INS: readonly string[] = [
  'Honestly, ',
  'I think ',
  'For me, ',
  'Hmm, ',
  'To be honest ',
  'Ok so ',
  'Not sure, but ',
  'Probably ',
];

/** Said after an answer now and then. */
export const TAILS: readonly string[] = [
  'Thanks {name}.',
  'Would love more of that.',
  'Still thinking about it.',
  'Small thing but it mattered.',
  'Need to keep doing that.',
  'Not sure how to fix it yet.',
  'More of this please!',
  'Anyway.',
];
