import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useSessionResponses } from '../../db/hooks';
import type { Response } from '../../domain/types';

/**
 * The huddle's stored answers (and passes), read live through the `sessionId` index: bounded by
 * this huddle, whatever else is stored. Kept apart from HuddleContext on purpose: every autosave
 * re-reads them, and only the parts that show answers (the current step's answer list and
 * fields, the summary) should re-render then, not the whole huddle screen.
 */
const SessionAnswersContext = createContext<Response[] | null>(null);

/**
 * Renders its children once the answers are loaded, so no field starts from a blank draft.
 * On an autosave only this and the components reading the answers re-render: the children
 * are the same elements as before, so React leaves the rest of the step alone.
 */
export function SessionAnswersProvider({
  sessionId,
  children,
}: {
  sessionId: string;
  children: ReactNode;
}) {
  const responses = useSessionResponses(sessionId);
  if (!responses) return null;
  return (
    <SessionAnswersContext.Provider value={responses}>{children}</SessionAnswersContext.Provider>
  );
}

export function useSessionAnswers(): Response[] {
  const responses = useContext(SessionAnswersContext);
  if (!responses) throw new Error('useSessionAnswers is used outside a huddle.');
  return responses;
}

/** One step's answers and passes. */
export function useStepAnswers(stepIndex: number): Response[] {
  const responses = useSessionAnswers();
  return useMemo(() => responses.filter((r) => r.stepIndex === stepIndex), [responses, stepIndex]);
}
