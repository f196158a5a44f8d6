// The practice sets that give a huddle its shape: check-in, pulse, "walking the talk" ratings,
// what got in the way of care, openers, closers and playful warm-ups.
// IDS ARE PERMANENT: stored answers point at them. Never change, reuse or renumber an id;
// to replace a prompt, hide it and add a new one with a new id.
import type { Prompt } from '../types';
import { promptGroup } from './builtIn';

/** The community-meeting check-in, in the order it is asked. */
export const CHECKIN_PROMPTS = promptGroup(
  { pillar: 'relationships', category: 'checkin', kind: 'text' },
  [
    {
      id: 'bi-checkin-feeling',
      kind: 'feeling',
      text: 'How are you feeling?',
      note: 'Every feeling is welcome here, and so is a pass. Receive each answer with a simple thank-you: no fixing and no follow-up questions during the round.',
    },
    {
      id: 'bi-checkin-goal',
      text: 'What is your goal today?',
      note: 'Small goals count ("finish my notes", "take a real lunch break"). One sentence each keeps the round quick.',
    },
    {
      id: 'bi-checkin-help',
      text: 'Who can you ask for help?',
      note: "Hearing each other's answers builds a map of support. If someone can't name anyone, don't press in the room; follow up with them one-to-one afterwards.",
    },
  ],
);

/**
 * The workplace pulse: the seven positive experiences from Bethell et al. (JAMA Pediatrics, 2019)
 * reframed for a team, answered on a 1–5 agreement scale. Order follows the research list.
 */
export const PULSE_PROMPTS = promptGroup(
  { pillar: 'relationships', category: 'pulse', kind: 'scale' },
  [
    {
      id: 'bi-pulse-talk',
      pillar: 'parallel',
      text: 'I can talk about how I feel here.',
      note: 'Only the spread of answers is shown, never who chose what. If some disagree, make it a question for the team ("what would make it easier?") rather than something anyone must explain.',
    },
    {
      id: 'bi-pulse-backed',
      text: 'When things were hard, my team stood by me.',
      note: 'Low scores deserve care, not defence: thank the team for their honesty. A Relationships First huddle is a good next step.',
    },
    {
      id: 'bi-pulse-traditions',
      pillar: 'play',
      text: 'We have team traditions I enjoy.',
      note: 'Traditions can be tiny, like a Friday check-in or a card for birthdays. If scores are low, try a Play as Change huddle next.',
    },
    {
      id: 'bi-pulse-belong',
      text: 'I feel I belong on this team.',
      note: 'Belonging can differ a lot between people, especially for newer, part-time or minority colleagues. Never ask who answered low; ask what helps people feel they belong.',
    },
    {
      id: 'bi-pulse-peers',
      text: 'My colleagues support me.',
      note: 'A quick read on peer support. If answers are spread wide, ask what support looks like when it works well.',
    },
    {
      id: 'bi-pulse-growth',
      pillar: 'learning',
      text: 'At least two people here, besides my supervisor, take a real interest in my growth.',
      note: 'Caring people beyond the obvious ones protect us, at work as in childhood. If few agree, think together about mentoring or peer learning without singling anyone out.',
    },
    {
      id: 'bi-pulse-safe',
      pillar: 'power',
      text: 'I feel safe and protected at work.',
      note: "Low scores may point to real harm, such as bullying or unsafe conditions. Don't probe in the room: say how people can raise concerns privately, and follow your organisation's process.",
    },
  ],
);

/** "Walking the talk": one 1–5 rating per pillar, in PILLARS order. */
export const PILLAR_RATING_PROMPTS: Prompt[] = [
  ...promptGroup({ pillar: 'relationships', category: 'pillar-rating', kind: 'scale' }, [
    {
      id: 'bi-rate-relationships',
      text: 'This week, how well did we live Relationships First with each other, putting connection before task?',
      note: 'Only the spread is shown. If ratings vary, get curious about what made the difference, not about who rated what.',
    },
  ]),
  ...promptGroup({ pillar: 'learning', category: 'pillar-rating', kind: 'scale' }, [
    {
      id: 'bi-rate-learning',
      text: 'This week, how well did we live Lifelong Learning with each other, choosing curiosity over blame?',
      note: 'A low rating is a starting point for learning, which is the pillar itself. Ask what one moment of curiosity could look like next week.',
    },
  ]),
  ...promptGroup({ pillar: 'play', category: 'pillar-rating', kind: 'scale' }, [
    {
      id: 'bi-rate-play',
      text: 'This week, how well did we live Play as Change with each other, making room for joy and humour?',
      note: 'Busy or heavy weeks often rate low here, and that is understandable. Ask what small lightness would be welcome, not what people should do better.',
    },
  ]),
  ...promptGroup({ pillar: 'power', category: 'pillar-rating', kind: 'scale' }, [
    {
      id: 'bi-rate-power',
      text: 'This week, how well did we live Shift Power with each other, hearing every voice in our decisions?',
      note: 'People with less formal power may rate this lower; the spread itself is worth noticing. Leaders present should listen before responding.',
    },
  ]),
  ...promptGroup({ pillar: 'parallel', category: 'pillar-rating', kind: 'scale' }, [
    {
      id: 'bi-rate-parallel',
      text: 'This week, how well did we live Parallel Process, treating each other the way we treat clients?',
      note: 'This is the overall "walking the talk" question. Whatever the rating, thank the team for being honest with each other.',
    },
  ]),
];

/** The prompt that turns "what got in the way" into one relief the team commits to. */
export const BURDEN_RELIEF_PROMPT_ID = 'bi-burden-relief';

/** What got in the way of care: paperwork, duplication, meetings, systems, rules. */
export const BURDEN_PROMPTS = promptGroup({ pillar: 'power', category: 'burden', kind: 'text' }, [
  {
    id: 'bi-burden-01',
    text: 'What got in the way of care this week, taking time away from the people we serve?',
    note: 'Let people vent briefly, then listen for patterns. This is about systems, not about the colleagues who fill in the forms.',
  },
  {
    id: 'bi-burden-02',
    kind: 'choice',
    text: 'What got in the way most this week?',
    choices: [
      'Paperwork and forms',
      'Writing the same thing twice',
      'Meetings',
      'Systems and software',
      'Rules and approvals',
      'Something else',
    ],
    note: 'Show the spread, then talk about the most-chosen option. Nobody needs to explain their choice.',
  },
  {
    id: 'bi-burden-03',
    text: 'Which form or piece of paperwork felt least useful this week? Who is it for, and what do they really need from it?',
    note: 'Some paperwork protects clients or funding, so be curious about its purpose before cutting it. Note candidates to raise with whoever owns the form.',
  },
  {
    id: 'bi-burden-04',
    text: 'Where are we writing the same thing down more than once? Which copy could go?',
    note: 'Duplicated notes are often the easiest win. Capture exact examples (which form, which system) so someone can follow up.',
  },
  {
    id: 'bi-burden-05',
    text: 'Which meeting could be shorter, less frequent or replaced by a message? What would you do with the time?',
    note: 'Include this huddle in the question: it should earn its time too. Avoid blaming whoever runs a meeting.',
  },
  {
    id: 'bi-burden-06',
    text: 'Which system or software slowed you down this week? What workaround could we share?',
    note: 'Shared workarounds give quick relief; flag the bigger fixes for whoever owns the system. Keep it practical.',
  },
  {
    id: 'bi-burden-07',
    text: 'What rule or process do we follow that no longer makes sense? Who decides whether it changes?',
    note: 'Knowing who decides turns frustration into a next step. If nobody knows, finding out can be the commitment.',
  },
  {
    id: 'bi-burden-08',
    pillar: 'parallel',
    text: 'How did the weight of paperwork and process affect how we treated clients, and each other, this week?',
    note: 'This links bureaucracy to care. Meet short tempers and shortcuts with compassion, and look for where the load could lighten.',
  },
  {
    id: BURDEN_RELIEF_PROMPT_ID,
    text: 'Of everything that got in the way, which ONE relief will we commit to? What is the smallest first step, and who will take it?',
    note: 'Help the team choose something within reach; if the fix sits with leaders, the step can be "raise it with them by Friday". Record it in the commitments step so it is reviewed next time.',
  },
]);

// Openers and closers live under Relationships First (connection before task, and leaving
// connected) so a plan can draw them in rotation: a draw needs a single pillar.
export const OPENER_PROMPTS = promptGroup(
  { pillar: 'relationships', category: 'opener', kind: 'text' },
  [
    {
      id: 'bi-open-01',
      text: 'In one word or a short phrase, what are you bringing into the room today?',
      note: 'Receive each word with a simple thank-you; there is no need to explore. Heavy words are welcome too.',
    },
    {
      id: 'bi-open-02',
      text: "What's one good thing, however small, that has happened since we last met?",
      note: 'Small things count: a good coffee, a client who smiled. If someone has nothing good to share, a pass is fine.',
    },
    {
      id: 'bi-open-03',
      text: 'What are you looking forward to, this week or further ahead?',
      note: 'Keep it quick and light. Anything counts, from a day off to a small task finished.',
    },
    {
      id: 'bi-open-04',
      text: 'Take one slow breath. What do you need from this huddle today?',
      note: 'Breathe along with the room before asking. Keep the needs in mind as you pace the huddle.',
    },
    {
      id: 'bi-open-05',
      text: 'What strength are you bringing to work today?',
      note: 'If someone struggles to name a strength, invite a colleague to offer one, only with their permission.',
    },
    {
      id: 'bi-open-06',
      text: 'Who or what are you grateful for this week?',
      note: 'Gratitude can be for anything, at work or not. Keep it brief so everyone gets a turn.',
    },
  ],
);

export const CLOSER_PROMPTS = promptGroup(
  { pillar: 'relationships', category: 'closer', kind: 'text' },
  [
    {
      id: 'bi-close-01',
      text: 'In one word, how are you leaving this huddle?',
      note: 'A quick round to end on. If someone is leaving heavier than they arrived, check in with them afterwards.',
    },
    {
      id: 'bi-close-02',
      text: "What's one thing you heard today that you'll carry with you?",
      note: 'This lets people hear that their words landed. Keep it to one sentence each.',
    },
    {
      id: 'bi-close-03',
      text: 'Who would you like to thank before we go?',
      note: 'Thanks can go to someone in or outside the room. End warmly, even if the huddle was hard.',
    },
    {
      id: 'bi-close-04',
      text: "What's one small thing you'll do to look after yourself today?",
      note: 'Small is the point: a walk, a glass of water, leaving on time. Model your own answer.',
    },
    {
      id: 'bi-close-05',
      text: "What's one hope you have for the team this week?",
      note: 'Hopes can be simple. Let them stand without discussion.',
    },
    {
      id: 'bi-close-06',
      text: 'What will you do a little differently because of today?',
      note: 'Welcome "nothing yet" as an honest answer. Small shifts count.',
    },
  ],
);

/** Playful warm-ups for Play as Change: light, inclusive, nothing personal required. */
export const WARMUP_PROMPTS = promptGroup({ pillar: 'play', category: 'warmup', kind: 'text' }, [
  {
    id: 'bi-warm-01',
    text: 'If your week so far were a weather forecast, what would it be?',
    note: 'Model a quick answer yourself, like "cloudy with sunny spells". Every forecast is welcome.',
  },
  {
    id: 'bi-warm-02',
    text: "What's a small thing that made you smile recently?",
    note: 'Keep it quick and light. Passing is always fine.',
  },
  {
    id: 'bi-warm-03',
    text: 'What song would be the soundtrack to your week so far?',
    note: 'Humming is optional. If someone draws a blank, "no idea" is a fine answer.',
  },
  {
    id: 'bi-warm-04',
    text: 'If you could add one surprising thing to our break room, what would it be?',
    note: 'Silly answers welcome. If a practical idea comes up, it might be worth making real.',
  },
  {
    id: 'bi-warm-05',
    text: "What's a skill or hobby of yours that has nothing to do with work?",
    note: 'Let people choose how much to share; "I like sleeping" counts. Keep it moving.',
  },
  {
    id: 'bi-warm-06',
    text: "What's the best piece of advice you've ever been given, in five words or fewer?",
    note: 'The word limit is part of the fun. No need to explain the advice.',
  },
  {
    id: 'bi-warm-07',
    text: 'If our team had a mascot, what would it be, and why?',
    note: 'Play along and let ideas build on each other. Gently steer away from mascots that tease anyone.',
  },
  {
    id: 'bi-warm-08',
    kind: 'choice',
    text: 'Which best matches your energy right now?',
    choices: [
      'Fully charged',
      'Mostly charged',
      'About half',
      'Running low',
      'Plugged in and recharging',
    ],
    note: 'A light way to read the room. If many are running low, acknowledge it and keep the huddle gentle.',
  },
  {
    id: 'bi-warm-09',
    text: "What's a tiny comfort that gets you through a long day?",
    note: "Small comforts are a quiet form of care. People may borrow each other's ideas.",
  },
  {
    id: 'bi-warm-10',
    text: 'If you could have one superpower just for your next shift, what would it be?',
    note: 'Invite quick answers and enjoy them. A practical superpower (like "no paperwork") can hint at what to fix.',
  },
  {
    id: 'bi-warm-11',
    text: "What's something you've seen, read or heard lately that you'd recommend?",
    note: 'Anything counts: a recipe, a podcast, a park. Keep it to a sentence so everyone gets a turn.',
  },
]);
