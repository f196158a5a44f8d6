import { create } from 'zustand';
import { transition } from '../../domain/huddle/machine';
import type { HuddleEvent, HuddleState } from '../../domain/huddle/state';

/**
 * The live huddle's screen state: the flow machine and the grounding overlay. Transient by
 * design: answers, attendance, the current step and reveals are written to the database by
 * useHuddlePersistence, and a reload rebuilds this from there.
 */
interface LiveHuddleState {
  sessionId: string | null;
  machine: HuddleState | null;
  groundingSince: number | null;
  load: (sessionId: string, machine: HuddleState) => void;
  unload: () => void;
  /** Applies an event; returns whether anything changed. */
  dispatch: (event: HuddleEvent) => boolean;
  setGrounding: (since: number | null) => void;
}

export const useLiveHuddle = create<LiveHuddleState>((set, get) => ({
  sessionId: null,
  machine: null,
  groundingSince: null,
  load: (sessionId, machine) => set({ sessionId, machine, groundingSince: null }),
  unload: () => set({ sessionId: null, machine: null, groundingSince: null }),
  dispatch: (event) => {
    const current = get().machine;
    if (!current) return false;
    const next = transition(current, event);
    if (next === current) return false;
    set({ machine: next });
    return true;
  },
  setGrounding: (since) => set({ groundingSince: since }),
}));

export const selectMachine = (s: LiveHuddleState) => s.machine;
export const selectDispatch = (s: LiveHuddleState) => s.dispatch;
export const selectGroundingSince = (s: LiveHuddleState) => s.groundingSince;
export const selectSetGrounding = (s: LiveHuddleState) => s.setGrounding;
