// Storage full while an answer is being saved: the words stay on screen, a plain message says
// what is wrong, saving retries by itself, and the stored answer is always a whole value (the
// last one saved, or the new one), never half of one.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceDatabaseForTests } from '../../../src/db/db';
import { createPlan, createPrompt } from '../../../src/db/library';
import { type AppDB, createDatabase } from '../../../src/db/schema';
import { startSession } from '../../../src/db/sessions';
import { createTeam } from '../../../src/db/teams';
import { SaveStatusText } from '../../../src/features/facilitate/answers/SaveStatusText';
import { useAnswerDraft } from '../../../src/features/facilitate/answers/useAnswerDraft';
import { errorText, isQuotaError } from '../../../src/ui/ErrorMessage';

/** How the next writes to `responses` fail; each failure is used once. */
let failures: Array<() => Error> = [];
let failedWrites = 0;

const quotaFull = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
// What Dexie raises when the browser aborts the transaction for lack of space.
const abortedForQuota = () => new Dexie.AbortError('Transaction aborted', quotaFull());

/** A Dexie middleware in front of fake-indexeddb: a disk that is full for the next N writes. */
const fullDisk: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'full-disk',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          const fail = name === 'responses' ? failures.shift() : undefined;
          if (fail) {
            failedWrites += 1;
            return Promise.reject(fail());
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

let db: AppDB;
let target: { sessionId: string; stepIndex: number; promptId: string; memberId: string | null };

beforeEach(async () => {
  failures = [];
  failedWrites = 0;
  db = createDatabase(`quota-${crypto.randomUUID()}`);
  db.use(fullDisk);
  replaceDatabaseForTests(db);
  await db.open();
  const team = await createTeam('Youth team');
  const prompt = await createPrompt({
    pillar: 'learning',
    category: 'pillar',
    kind: 'text',
    text: 'What did we learn this week?',
  });
  const plan = await createPlan({
    name: 'One step',
    description: '',
    steps: [
      {
        id: 's1',
        kind: 'prompts',
        title: 'Round',
        mode: 'round',
        timeBoxSec: 120,
        source: { type: 'prompts', promptIds: [prompt.id] },
      },
    ],
  });
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: [
      {
        planStepId: 's1',
        kind: 'prompts',
        title: 'Round',
        mode: 'round',
        timeBoxSec: 120,
        promptIds: [prompt.id],
        revealed: false,
      },
    ],
    attendance: [],
  });
  target = { sessionId: session.id, stepIndex: 0, promptId: prompt.id, memberId: null };
});

afterEach(() => {
  db.close();
});

function Answer() {
  const draft = useAnswerDraft(target, undefined);
  return (
    <>
      <label htmlFor="answer">Answer</label>
      <textarea
        id="answer"
        value={draft.value.text ?? ''}
        onChange={(e) => draft.setValue({ text: e.target.value })}
      />
      <SaveStatusText status={draft.status} error={draft.error} />
    </>
  );
}

async function storedTexts(): Promise<(string | undefined)[]> {
  return (await db.responses.toArray()).map((r) => r.text);
}

describe('storage full while saving an answer', () => {
  it('recognises a quota error given directly or inside a Dexie AbortError', () => {
    expect(isQuotaError(quotaFull())).toBe(true);
    expect(isQuotaError(abortedForQuota())).toBe(true);
    expect(isQuotaError(new Error('x', { cause: quotaFull() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(errorText(abortedForQuota())).toMatch(/^This device is out of storage space/);
  });

  it('keeps the words on screen, says so, retries, and stores old or new, never part', async () => {
    const user = userEvent.setup();
    render(<Answer />);
    const box = screen.getByLabelText('Answer');
    await user.type(box, 'First thought');
    await screen.findByText('Saved');
    expect(await storedTexts()).toEqual(['First thought']);

    // The disk fills up: the next two writes fail, once each way a browser reports it.
    failures = [quotaFull, abortedForQuota];
    await user.type(box, ', and a second one');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/out of storage space/);
    expect(alert).toHaveTextContent(/Your words are still here; saving will retry/);
    expect(box).toHaveValue('First thought, and a second one');
    // Nothing half-written: the stored answer is still the whole old one.
    expect(await storedTexts()).toEqual(['First thought']);

    // Space is freed (the failures run out): the retry saves the whole new answer.
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument(), { timeout: 8000 });
    expect(failedWrites).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await storedTexts()).toEqual(['First thought, and a second one']);
    await act(async () => {});
  }, 15_000);
});
