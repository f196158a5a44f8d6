// Answers to the practice prompts that give a huddle its shape: the check-in, what got in the way
// of care, closings and warm-ups. Keyed by built-in prompt id where the answer fits one question.
// Like phrasesPillars.ts, never a planted topic's words here.

export const CHECKIN_GOALS: readonly string[] = [
  'Finish my case notes before 3.',
  'Leave on time today.',
  'Get out to {place} and actually see people.',
  'Take a real lunch break.',
  'Catch up with {name} about a {client} we share.',
  'Call back the {clients} I missed yesterday.',
  'Survive the afternoon, honestly.',
  'Prep for the review meeting.',
  'Be present with every {client} today, phone away.',
  'Clear my inbox a little.',
  'Get through the visits without rushing.',
  'Drink some water haha',
  'Finish the report for the review panel.',
  'Plan the group session for Thursday.',
  'Ask for help earlier than I usually would.',
  'Be kind to myself after yesterday.',
  'Sort the rota for next week.',
  'One thing at a time.',
  'Welcome the new {client} properly.',
];

export const CHECKIN_HELP: readonly string[] = [
  '{name}',
  '{name}',
  '{name} or {name2}',
  '{name}, always',
  'My {lead}',
  'Anyone on shift',
  '{name}, and {lead} if it is serious',
  'Not sure today',
  'The on-call phone',
  '{name}: they know the system inside out',
  'Anyone in this room',
  '{name2} and {name}',
];

/** The optional note under a feeling. */
export const FEELING_NOTES: readonly string[] = [
  'Long night.',
  'Kids were up sick.',
  'Good weekend away, feeling it.',
  'Back from leave, a bit rusty.',
  'Hard visit first thing.',
  'Coffee has not kicked in.',
  'Worried about a {client}.',
  'Excited for the group later.',
  'Bit of everything.',
  'Just tired.',
];

/** "What got in the way of care this week?" */
export const BURDENS: readonly string[] = [
  'Writing the same notes in two systems.',
  'Meetings about meetings. The Tuesday one could be an email.',
  'The laptop froze mid-visit and I lost my notes.',
  'Waiting three days for a sign-off on a bus pass for a {client}.',
  'Forms that ask {clients} the same questions every time they come.',
  'Chasing signatures instead of seeing people.',
  'Audit prep ate my whole Thursday.',
  'The risk assessment template is twelve pages for a day trip.',
  'Travel time between visits and the office.',
  'Approval rules for small purchases, slower than they need to be.',
];

/** "Which ONE relief will we commit to?" */
export const RELIEFS: readonly string[] = [
  'Drop the duplicate notes: {name} will ask IT if one system can feed the other.',
  'Move the Tuesday meeting to fortnightly. {name} raises it with {lead} by Friday.',
  'A shared template for day-trip risk assessments. I will draft it.',
  'Ask {lead} who owns the sign-off rule and whether it can change.',
  'One hour of protected admin time on Fridays so it does not leak into evenings.',
  'Keep a list of what slows us down and bring it to the next managers meeting.',
];

export const CLOSER_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  'bi-close-01': [
    'lighter',
    'grateful',
    'tired but ok',
    'hopeful',
    'heard',
    'calmer',
    'connected',
    'thoughtful',
    'ready',
    'still heavy',
    'supported',
  ],
  'bi-close-02': [
    'What {name} said about slowing down.',
    'That it is ok to ask for help.',
    "We have each other's backs.",
    'Curiosity over blame.',
    'The story {name} shared about a {client}.',
    'That I am not the only one finding it hard.',
  ],
  'bi-close-03': [
    '{name} for covering',
    '{name} for the cake',
    'Everyone for being honest',
    '{name2} for the lift home',
    'The night workers',
    '{name} for listening on Tuesday',
  ],
  'bi-close-04': [
    'A walk at lunch.',
    'Leave on time.',
    'Early night.',
    'Phone off after 6.',
    'Proper lunch away from the desk.',
    'Music on the drive home.',
    'Call my sister.',
  ],
  'bi-close-05': [
    'A calmer week.',
    'That we all get a break.',
    'Fewer crises!',
    'More laughs.',
    'That everyone feels backed.',
    'We keep checking in like this.',
  ],
  'bi-close-06': [
    'Ask for help sooner.',
    'Listen before fixing.',
    'Nothing yet, still thinking.',
    'Check in on {name}.',
    'Take the lunch break.',
    'Say no to one extra thing.',
  ],
};

export const WARMUP_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  'bi-warm-01': [
    'Cloudy with sunny spells',
    'Storm warning, but clearing',
    'Fog, cannot see Friday',
    'Bright and breezy',
    'Drizzle all week',
    'A heatwave of emails',
    'Thunder early, rainbow later',
  ],
  'bi-warm-02': [
    'A {client} remembered my name',
    'My dog',
    "{name}'s terrible joke",
    'Sunshine on the drive in',
    'A thank-you note from a {client}',
    'My kid lost a tooth',
  ],
  'bi-warm-03': [
    'Under Pressure',
    'Here Comes the Sun',
    "Don't Stop Me Now",
    'Something slow and sleepy',
    'Eye of the Tiger haha',
    'The Final Countdown',
  ],
  'bi-warm-04': [
    'A nap pod',
    'A ball pit',
    'A real coffee machine',
    'A dog',
    'A massage chair',
    'Plants! Lots of plants',
    'A karaoke machine',
  ],
  'bi-warm-05': [
    'Pottery',
    'Sea swimming',
    'Baking bread',
    'Five-a-side football',
    'Knitting, badly',
    'Gardening',
    'Choir',
    'Climbing',
  ],
  'bi-warm-06': [
    'This too shall pass',
    'Eat before big meetings',
    'Ask, do not assume',
    'Breathe first, then speak',
    'Be kind, be curious',
    'Rest is not earned',
  ],
  'bi-warm-07': [
    'An octopus, so many arms needed',
    'A tortoise: slow and steady',
    'A golden retriever, obviously',
    'A hedgehog, soft inside',
    'A swan: calm on top, paddling like mad underneath',
  ],
  'bi-warm-09': [
    'Good tea',
    'A podcast on the drive',
    'Snacks in the glovebox',
    'Texting my partner',
    'A warm jumper',
    'Chocolate in the drawer',
  ],
  'bi-warm-10': [
    'Teleporting between visits',
    'Making forms fill themselves in',
    'Freezing time',
    'Reading minds (kindly)',
    'Infinite patience',
    'Being in two places at once',
  ],
  'bi-warm-11': [
    'A podcast about burnout, weirdly uplifting',
    'The new bakery near {place}',
    'A walking trail by the river',
    'A book on trauma-informed care',
    'A cooking show',
    'A short film {name} sent round',
  ],
};

/** Fills `{activity}`. */
export const ACTIVITIES: readonly string[] = [
  'football',
  'cards',
  'cooking',
  'a board game',
  'drawing',
  'basketball',
  'Uno',
];

export const WHEN: readonly string[] = [
  'this week',
  'on Tuesday',
  'yesterday',
  'last week',
  'on Monday',
  'the other day',
];

export const LEADS: readonly string[] = ['supervisor', 'manager', 'team lead'];
export const COLLEAGUE: readonly string[] = ['colleague', 'co-worker', 'teammate'];
