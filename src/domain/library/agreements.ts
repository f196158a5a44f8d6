// Group agreements copied onto each new team and shown at the start of every huddle.
// Teams can edit their own copy; changing this list only affects teams created afterwards.
export const DEFAULT_AGREEMENTS: string[] = [
  'Anyone may pass, at any time, no reason needed.',
  'What is shared here stays here; what is learned here can leave.',
  'One voice at a time.',
  'Speak from your own experience: "I", not "they".',
  'Assume good intent, and own the impact of what we say.',
  'Be curious before critical.',
  'Take care of yourself: step out, stretch or breathe whenever you need to.',
];
