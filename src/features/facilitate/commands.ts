import { createContext, useContext, useEffect } from 'react';
import type { ActionId } from '../../domain/huddle/actions';

/**
 * Step screens that need more than a state change for an action (a pass must be saved before
 * the turn moves on) register a handler here; keyboard shortcuts and buttons both call
 * through it, so a key never does less than its button.
 */
export type CommandHandler = () => void | Promise<void>;

export interface CommandRegistry {
  handlers: Map<ActionId, CommandHandler>;
  /**
   * Runs one step action at a time. An action saves every draft before the screen moves on,
   * so it takes a moment; a second press meanwhile (Enter pressed twice on "Next") is ignored
   * instead of acting on the step that is about to appear.
   */
  exclusive: (task: CommandHandler) => Promise<void>;
}

export function createCommandRegistry(): CommandRegistry {
  let busy = false;
  return {
    handlers: new Map(),
    async exclusive(task) {
      if (busy) return;
      busy = true;
      try {
        await task();
      } finally {
        // Held one task longer, so the new screen has rendered and taken focus before another
        // press counts.
        await new Promise((done) => setTimeout(done, 0));
        busy = false;
      }
    },
  };
}

export const CommandContext = createContext<CommandRegistry | null>(null);

export function useStepCommand(id: ActionId, handler: CommandHandler | null): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    if (!registry || !handler) return;
    registry.handlers.set(id, handler);
    return () => {
      if (registry.handlers.get(id) === handler) registry.handlers.delete(id);
    };
  }, [registry, id, handler]);
}

const runAlone = async (task: CommandHandler) => {
  await task();
};

/** The huddle's one-action-at-a-time runner, for step buttons that act outside `run`. */
export function useExclusive(): (task: CommandHandler) => Promise<void> {
  return useContext(CommandContext)?.exclusive ?? runAlone;
}
