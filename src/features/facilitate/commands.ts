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
