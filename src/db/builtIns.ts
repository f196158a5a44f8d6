// Installing the shipped library, apart from the Library screen's write functions (library.ts) so
// start-up (db/open.ts) carries only this.
import type { Plan, Prompt } from '../domain/types';
import { now } from '../lib/clock';
import { db } from './db';

/**
 * Writes the built-in prompts and plans that are missing, and refreshes their text from the
 * shipped library while keeping the person's own choice to hide one (retired).
 */
export async function installBuiltIns(prompts: Prompt[], plans: Plan[]): Promise<void> {
  await db.transaction('rw', db.prompts, db.plans, async () => {
    const storedPrompts = new Map(
      (await db.prompts.bulkGet(prompts.map((p) => p.id))).flatMap((p) => (p ? [[p.id, p]] : [])),
    );
    const promptRows = prompts.flatMap((p) => {
      const stored = storedPrompts.get(p.id);
      if (!stored) return [p];
      const same =
        stored.text === p.text &&
        stored.facilitatorNote === p.facilitatorNote &&
        stored.kind === p.kind &&
        stored.pillar === p.pillar &&
        stored.category === p.category &&
        JSON.stringify(stored.choices) === JSON.stringify(p.choices);
      return same ? [] : [{ ...p, retired: stored.retired, updatedAt: now() }];
    });
    if (promptRows.length) await db.prompts.bulkPut(promptRows);

    const storedPlans = new Map(
      (await db.plans.bulkGet(plans.map((p) => p.id))).flatMap((p) => (p ? [[p.id, p]] : [])),
    );
    const planRows = plans.flatMap((p) => {
      const stored = storedPlans.get(p.id);
      if (!stored) return [p];
      const same =
        stored.name === p.name &&
        stored.description === p.description &&
        JSON.stringify(stored.steps) === JSON.stringify(p.steps);
      return same ? [] : [{ ...p, retired: stored.retired, updatedAt: now() }];
    });
    if (planRows.length) await db.plans.bulkPut(planRows);
  });
}
