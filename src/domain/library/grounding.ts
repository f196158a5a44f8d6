// Short grounding moments a facilitator can offer at any point (trauma-informed facilitation:
// a steadying pause is always at hand). Each is an invitation; nobody has to join in.

export interface Grounding {
  id: string;
  title: string;
  /** Read aloud one line at a time, slowly. */
  lines: string[];
}

export const GROUNDINGS: Grounding[] = [
  {
    id: 'breaths',
    title: 'Three slow breaths',
    lines: [
      "Let's pause together for a moment. Join in only if you'd like to.",
      'Breathe in slowly through your nose…',
      '…and out a little longer than you breathed in.',
      'Twice more, at your own pace.',
      'Thank you. We can carry on whenever you are ready.',
    ],
  },
  {
    id: 'senses',
    title: 'Notice the room',
    lines: [
      "Let's take a moment to arrive here.",
      'Silently notice three things you can see.',
      'Two things you can hear.',
      'One thing you can feel, like your feet on the floor or the chair behind you.',
      'Thank you. Take your time coming back.',
    ],
  },
  {
    id: 'feet',
    title: 'Feet on the floor',
    lines: [
      'If it feels right, notice where your body meets the chair and the floor.',
      'Press your feet gently down and feel the ground holding you.',
      'Let your shoulders drop a little.',
      'Thank you. We will go on when the room is ready.',
    ],
  },
  {
    id: 'stretch',
    title: 'Stretch and reset',
    lines: [
      "Let's give our bodies a moment, in whatever way works for you.",
      'Roll your shoulders, stretch your arms, or simply shift how you are sitting.',
      'Look away from the screen for a few seconds.',
      'Thank you. Welcome back.',
    ],
  },
];
