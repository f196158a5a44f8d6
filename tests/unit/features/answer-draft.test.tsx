// The autosave of an answer being typed: what is on disk when the page goes away, and how far
// behind the disk may fall while someone types without pausing. The clock is faked (setTimeout
// only) so the 300 ms debounce never fires unless a test lets it; storage is real.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { listSessionResponses } from '../../../src/db/queries';
import { finishAnswers, saveAnswer } from '../../../src/db/responses';
import { startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Prompt } from '../../../src/domain/types';
import { AnswerField } from '../../../src/features/facilitate/answers/AnswerField';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
} from '../../../src/features/facilitate/answers/useAnswerDraft';
import { freshDatabase } from '../db/testDb';

let sessionId: string;
let memberId: string;
let prompt: Prompt;

beforeEach(async () => {
  await freshDatabase();
  const team = await createTeam('Family support');
  memberId = (await addMember(team.id, 'Ana')).id;
  prompt = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'What happened?',
  } as Parameters<typeof createPrompt>[0]);
  const plan = await createPlan({
    name: 'Plan',
    description: '',
    steps: [
      {
        id: 's0',
        kind: 'prompts',
        title: 'Step',
        mode: 'round',
        timeBoxSec: 60,
        source: { type: 'prompts', promptIds: [prompt.id] },
      },
    ],
  });
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: [
      {
        planStepId: 's0',
        kind: 'prompts',
        title: 'Step',
        mode: 'round',
        timeBoxSec: 60,
        promptIds: [prompt.id],
        revealed: false,
      },
    ],
    attendance: [memberId],
  });
  sessionId = session.id;
});

afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

/** Lets storage work (fake-indexeddb runs on setImmediate, which is not faked). */
async function settle() {
  for (let i = 0; i < 40; i += 1) await new Promise((r) => setImmediate(r));
}

async function storedTexts(): Promise<Array<string | undefined>> {
  await act(settle);
  return (await listSessionResponses(sessionId)).map((r) => r.text);
}

function mountField() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const view = render(
    <AnswerField
      prompt={prompt}
      target={{ sessionId, stepIndex: 0, memberId }}
      saved={undefined}
    />,
  );
  return { view, box: screen.getByRole('textbox', { name: 'What happened?' }) };
}

function typeInto(box: HTMLElement, value: string) {
  fireEvent.change(box, { target: { value } });
}

async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
    await settle();
  });
}

describe('an answer typed and the page going away before the debounce', () => {
  it('is saved when the page is hidden (visibilitychange)', async () => {
    const { box } = mountField();
    typeInto(box, 'Hard week');
    await advance(AUTOSAVE_DELAY_MS - 100);
    expect(await storedTexts()).toEqual([]);
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await storedTexts()).toEqual(['Hard week']);
  });

  it('is saved when the page is closed (pagehide)', async () => {
    const { box } = mountField();
    typeInto(box, 'Hard week');
    await advance(AUTOSAVE_DELAY_MS - 100);
    expect(await storedTexts()).toEqual([]);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await storedTexts()).toEqual(['Hard week']);
  });

  it('is saved when the field leaves the screen (unmount)', async () => {
    const { box, view } = mountField();
    typeInto(box, 'Hard week');
    await advance(AUTOSAVE_DELAY_MS - 100);
    expect(await storedTexts()).toEqual([]);
    view.unmount();
    expect(await storedTexts()).toEqual(['Hard week']);
  });
});

describe('typing without a pause', () => {
  it('is saved at least once a second, from the first unsaved change', async () => {
    const { box } = mountField();
    const text = 'The new intake form took most of the week.';
    const keyMs = 150;
    let typed = '';
    // One key every 150 ms: the 300 ms debounce alone would never fire.
    for (const [i, ch] of [...text].entries()) {
      typed += ch;
      typeInto(box, typed);
      await advance(keyMs);
      const elapsed = (i + 1) * keyMs;
      const [stored = ''] = await storedTexts();
      expect(typed.startsWith(stored)).toBe(true);
      if (elapsed > AUTOSAVE_MAX_WAIT_MS) {
        // Never more than a second (plus the key in flight) behind what is on screen.
        expect(typed.length - stored.length).toBeLessThanOrEqual(
          Math.ceil(AUTOSAVE_MAX_WAIT_MS / keyMs) + 1,
        );
      }
    }
    // The first save came at 1 s after the first key, not 1 s after the latest one.
    expect(typed.length).toBeGreaterThan(2 * Math.ceil(AUTOSAVE_MAX_WAIT_MS / keyMs));
    await advance(AUTOSAVE_DELAY_MS);
    expect(await storedTexts()).toEqual([text]);
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  it('says "Saving…" while behind and "Saved" once on disk, announcing the first save only', async () => {
    const { box } = mountField();
    typeInto(box, 'A');
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    await advance(AUTOSAVE_DELAY_MS);
    await act(settle);
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your answer is saved.');
    typeInto(box, 'AB');
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    // The polite region does not change again, so typing is not talked over.
    expect(screen.getByRole('status')).toHaveTextContent('Your answer is saved.');
  });
});

describe('drafts in storage', () => {
  it('an autosave is a draft until Done; a finished answer stays finished when edited', async () => {
    const target = { sessionId, stepIndex: 0, promptId: prompt.id, memberId };
    const first = await saveAnswer({ ...target, text: 'half', draft: true });
    expect(first.draft).toBe(true);
    const finished = await finishAnswers({ sessionId, stepIndex: 0, memberId });
    expect(finished.map((r) => r.draft)).toEqual([undefined]);
    const edited = await saveAnswer({ ...target, id: first.id, text: 'whole', draft: true });
    expect(edited.draft).toBeUndefined();
    // A pass is always final.
    const pass = await saveAnswer({ ...target, passed: true, draft: true });
    expect(pass.draft).toBeUndefined();
  });
});
