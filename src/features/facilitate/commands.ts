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
   * Runs step actions one at a time. An action saves every draft before the screen moves on,
   * so it takes a moment. Meanwhile the same action pressed again (Enter twice on "Next") is
   * ignored instead of acting on the screen that is about to appear; with `whenBusy: 'drop'`
   * (a turn button that holds the current speaker) any press is. Another action waits its turn.
   */
  exclusive: (key: string, task: CommandHandler, whenBusy?: 'queue' | 'drop') => Promise<void>;
}

export function createCommandRegistry(): CommandRegistry {
  const pending = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  return {
    handlers: new Map(),
    exclusive(key, task, whenBusy = 'queue') {
      if (pending.has(key) || (whenBusy === 'drop' && pending.size > 0)) return Promise.resolve();
      pending.add(key);
      const run = queue.then(async () => {
        try {
          await task();
        } finally {
          // Held one task longer, so the new screen has rendered and taken focus before
          // another press counts.
          await new Promise((done) => setTimeout(done, 0));
          pending.delete(key);
        }
      });
      queue = run.catch(() => undefined);
      return run;
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

const runAlone = async (_key: string, task: CommandHandler) => {
  await task();
};

/** The huddle's one-action-at-a-time runner, for step buttons that act outside `run`. */
export function useExclusive(): CommandRegistry['exclusive'] {
  return useContext(CommandContext)?.exclusive ?? runAlone;
}
