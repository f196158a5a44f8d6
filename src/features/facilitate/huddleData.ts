import { createContext, useContext } from 'react';
import type { Member, Prompt, Response, Session, Team } from '../../domain/types';

/** Stored data the huddle screens read (live from the database). */
export interface HuddleData {
  session: Session;
  team: Team;
  promptsById: Map<string, Prompt>;
  membersById: Map<string, Member>;
  responses: Response[];
}

export const HuddleContext = createContext<HuddleData | null>(null);

export function useHuddleData(): HuddleData {
  const data = useContext(HuddleContext);
  if (!data) throw new Error('useHuddleData is used outside a huddle.');
  return data;
}

/** Display name of a participant: member name, guest name, or a neutral fallback. */
export function participantName(data: HuddleData, id: string): string {
  return (
    data.membersById.get(id)?.name ??
    data.session.guests.find((g) => g.id === id)?.name ??
    'Someone'
  );
}

export function stepPrompts(data: HuddleData, stepIndex: number): Prompt[] {
  const step = data.session.steps[stepIndex];
  if (!step) return [];
  return step.promptIds.flatMap((id) => {
    const prompt = data.promptsById.get(id);
    return prompt ? [prompt] : [];
  });
}
