import { createContext, useContext, useRef } from 'react';
import type { Member, Prompt, Session, Team } from '../../domain/types';

/**
 * Stored data the huddle screens read (live from the database) that changes rarely: the
 * huddle, its team, people and prompts. Its answers change on every autosave and are read
 * through ./sessionAnswers instead.
 */
export interface HuddleData {
  session: Session;
  team: Team;
  promptsById: Map<string, Prompt>;
  membersById: Map<string, Member>;
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

/** Whether two versions of a stored huddle differ only in its position (step and save time). */
export function sameExceptPosition(a: Session, b: Session): boolean {
  const { currentStep: _a, updatedAt: _au, ...restA } = a;
  const { currentStep: _b, updatedAt: _bu, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * The stored huddle, kept as the same object while only its position changes. The screen
 * follows the position from the live machine; without this, the write of the new step after
 * every "Next" would re-render the whole huddle screen a second time.
 */
export function useSteadySession(session: Session | null | undefined): Session | null | undefined {
  const last = useRef(session);
  const previous = last.current;
  if (session !== previous && !(session && previous && sameExceptPosition(session, previous))) {
    last.current = session;
  }
  return last.current;
}
