import type { AnswerMode } from '../../domain/types';

export const MODE_HINTS: Record<AnswerMode, { label: string; hint: string }> = {
  round: {
    label: 'Round',
    hint: 'Go round the room. Type what each person says, or hand them the device. Anyone may pass.',
  },
  private: {
    label: 'Private',
    hint: 'Pass the device round. Each person writes unseen; answers stay hidden until everyone is in or you reveal them.',
  },
  anonymous: {
    label: 'Anonymous',
    hint: 'Pass the device round. No names are stored with these answers, and they are shown in a shuffled order.',
  },
  pulse: {
    label: 'Pulse',
    hint: 'Pass the device round. Each person taps 1 to 5; only the spread is shown, and only once revealed.',
  },
};
