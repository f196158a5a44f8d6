// Accessibility of the live huddle (issue 10, items 8, 12, 13, 14 and 15): one step action at a
// time, focus on each new screen and turn, a polite live region, shortcut keys exposed as
// aria-keyshortcuts (not in the name), and a feeling picker with one tab stop per family.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createPrompt } from '../../../../src/db/library';
import { startSession } from '../../../../src/db/sessions';
import { addMember, createTeam } from '../../../../src/db/teams';
import { ACTIONS, actionById, ariaKeyShortcuts } from '../../../../src/domain/huddle/actions';
import { FEELING_FAMILIES } from '../../../../src/domain/library/feelings';
import type { AnswerMode, Prompt, SessionStep } from '../../../../src/domain/types';
import { announcement, whereabouts } from '../../../../src/features/facilitate/announce';
import {
  FeelingPicker,
  rovingTarget,
} from '../../../../src/features/facilitate/answers/FeelingPicker';
import { createCommandRegistry } from '../../../../src/features/facilitate/commands';
import { HuddleRoute } from '../../../../src/features/facilitate/HuddleRoute';
import { freshDatabase } from '../../db/testDb';
import { MEMBERS, run, started } from '../../domain/huddle/fixtures';

beforeEach(async () => {
  await freshDatabase();
  localStorage.clear();
});

async function setUp(specs: { mode: AnswerMode; prompt?: Partial<Prompt> }[]) {
  const team = await createTeam('Family support');
  for (const name of ['Ana', 'Ben', 'Cleo']) await addMember(team.id, name);
  const steps: SessionStep[] = [];
  for (const [i, spec] of specs.entries()) {
    const prompt = await createPrompt({
      pillar: 'power',
      category: 'pillar',
      kind: 'text',
      text: `Prompt ${i + 1}?`,
      ...spec.prompt,
    } as Parameters<typeof createPrompt>[0]);
    steps.push({
      planStepId: `s${i}`,
      kind: 'prompts',
      title: `Step ${i + 1}`,
      mode: spec.mode,
      timeBoxSec: 120,
      promptIds: [prompt.id],
      revealed: false,
    });
  }
  const plan = await createPlan({
    name: 'Test plan',
    description: '',
    steps: steps.map((s) => ({
      id: s.planStepId,
      kind: s.kind,
      title: s.title,
      mode: s.mode,
      timeBoxSec: s.timeBoxSec,
      source: { type: 'prompts' as const, promptIds: s.promptIds },
    })),
  });
  return startSession({ teamId: team.id, plan, steps, attendance: [] });
}

function renderHuddle(sessionId: string) {
  const router = createMemoryRouter(
    [{ path: '/facilitate/:sessionId', element: <HuddleRoute /> }],
    { initialEntries: [`/facilitate/${sessionId}`] },
  );
  return render(<RouterProvider router={router} />);
}

async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Everyone on the list is here' }));
  await user.click(screen.getByRole('button', { name: 'Start huddle' }));
  await screen.findByRole('heading', { level: 1, name: 'Step 1' });
}

const announcer = () => document.getElementById('huddle-announcer');

describe('one step action at a time (item 8)', () => {
  it('the same action pressed again while it runs is ignored; another waits its turn', async () => {
    const commands = createCommandRegistry();
    const ran: string[] = [];
    let release = () => {};
    const slow = () =>
      new Promise<void>((done) => {
        release = done;
      }).then(() => void ran.push('next'));
    const first = commands.exclusive('next', slow);
    const second = commands.exclusive('next', async () => void ran.push('next again'));
    const other = commands.exclusive('extend', async () => void ran.push('extend'));
    const dropped = commands.exclusive('pass', async () => void ran.push('pass'), 'drop');
    await new Promise((r) => setTimeout(r, 0));
    release();
    await Promise.all([first, second, other, dropped]);
    expect(ran).toEqual(['next', 'extend']);
    // Once it has finished, the same action counts again.
    await commands.exclusive('next', async () => void ran.push('next later'));
    expect(ran).toEqual(['next', 'extend', 'next later']);
  });

  it('Next pressed twice quickly moves one step, and focus lands on the new heading', async () => {
    const user = userEvent.setup();
    const session = await setUp([{ mode: 'round' }, { mode: 'round' }, { mode: 'round' }]);
    renderHuddle(session.id);
    await start(user);
    const next = screen.getByRole('button', { name: 'Next: Step 2' });
    act(() => {
      fireEvent.click(next);
      fireEvent.click(next);
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Step 2' });
    await waitFor(() => expect(heading).toHaveFocus());
    // Give an unguarded second Next every chance to land: it must not.
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.getByRole('heading', { level: 1, name: 'Step 2' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Step 3' })).not.toBeInTheDocument();
  });
});

describe('focus and announcements (items 12 and 15)', () => {
  it('focus moves to the lobby heading, the first step, then each new turn; the live region follows', async () => {
    const user = userEvent.setup();
    const session = await setUp([{ mode: 'round' }]);
    renderHuddle(session.id);
    const lobby = await screen.findByRole('heading', { level: 1, name: /who is here/ });
    await waitFor(() => expect(lobby).toHaveFocus());
    await start(user);
    expect(screen.getByRole('heading', { level: 1, name: 'Step 1' })).toHaveFocus();
    await waitFor(() => expect(announcer()).toHaveTextContent("Step 1 of 1: Step 1. Ana's turn."));
    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    const ben = await screen.findByRole('heading', { name: "Ben's turn" });
    await waitFor(() => expect(ben).toHaveFocus());
    expect(announcer()).toHaveTextContent(/^Ben's turn\.$/);
    expect(announcer()).toHaveAttribute('aria-live', 'polite');
  });

  it('anonymous hand-offs are announced without a name, every turn', async () => {
    const user = userEvent.setup();
    const session = await setUp([{ mode: 'anonymous' }]);
    renderHuddle(session.id);
    await start(user);
    expect(announcer()).toHaveTextContent(
      'Step 1 of 1: Step 1. Pass the device to the next person. Turn 1 of 3.',
    );
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    await user.type(await screen.findByLabelText('Prompt 1?'), 'mine');
    // The answer box keeps the focus it was given for writing.
    expect(screen.getByLabelText('Prompt 1?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
    const handoff = await screen.findByRole('heading', {
      name: 'Pass the device to the next person',
    });
    await waitFor(() => expect(handoff).toHaveFocus());
    expect(announcer()).toHaveTextContent(/^Pass the device to the next person\. Turn 2 of 3\.$/);
    for (const name of ['Ana', 'Ben', 'Cleo']) expect(announcer()).not.toHaveTextContent(name);
  });

  it('whereabouts never name anyone on anonymous or pulse steps', () => {
    const names: Record<string, string> = { 'm-ana': 'Ana', 'm-ben': 'Ben', 'm-cy': 'Cy' };
    const nameOf = (id: string) => names[id] ?? 'Someone';
    for (const mode of ['anonymous', 'pulse'] as const) {
      let state = started([mode]);
      const said: string[] = [];
      for (let i = 0; i < MEMBERS.length; i += 1) {
        const w = whereabouts(state, nameOf);
        said.push(`${w.step} ${w.turn}`);
        state = run(state, 'BEGIN_TURN', 'PASS');
      }
      said.push(String(whereabouts(state, nameOf).turn));
      for (const line of said) expect(line).not.toMatch(/Ana|Ben|Cy|Someone/);
      expect(said.at(-1)).toBe('All answers are in');
    }
    // Private steps show the writer's name on screen, so it may be said.
    expect(whereabouts(started(['private']), nameOf).turn).toBe(
      'Pass the device to Ana. Turn 1 of 3',
    );
  });

  it('announces a new step with its turn, a new turn alone, and nothing for no change', () => {
    const a = { step: 'Step 1 of 2: Check-in', turn: "Ana's turn" };
    expect(announcement(null, a)).toBe("Step 1 of 2: Check-in. Ana's turn.");
    expect(announcement(a, { ...a, turn: "Ben's turn" })).toBe("Ben's turn.");
    expect(announcement(a, a)).toBeNull();
    expect(announcement(a, { ...a, turn: null })).toBeNull();
    expect(announcement(a, { step: 'Summary', turn: null })).toBe('Summary.');
  });
});

describe('shortcut keys (item 13)', () => {
  it('are aria-keyshortcuts in WAI-ARIA key names', () => {
    expect(ariaKeyShortcuts(actionById('next'))).toBe('N ArrowRight');
    expect(ariaKeyShortcuts(actionById('extend'))).toBe('E Plus');
    expect(ariaKeyShortcuts(actionById('help'))).toBe('Shift+/');
    expect(ariaKeyShortcuts(actionById('end-early'))).toBeUndefined();
  });

  it('buttons keep the key out of their name and expose it as aria-keyshortcuts', async () => {
    const user = userEvent.setup();
    const session = await setUp([{ mode: 'round' }, { mode: 'round' }]);
    renderHuddle(session.id);
    await start(user);
    const expected: [string, string][] = [
      ['Pass', 'P'],
      ['Come back to them', 'H'],
      ['Next: Step 2', 'N ArrowRight'],
      ['Skip step', 'S'],
      ['Back', 'B ArrowLeft'],
      ['Pause timer', 'T'],
      ['Add a minute', 'E Plus'],
      ['Grounding moment', 'G'],
      ['Shortcuts', 'Shift+/'],
    ];
    for (const [name, keys] of expected) {
      // An exact name: "Pass P" would not match.
      expect(screen.getByRole('button', { name }), name).toHaveAttribute('aria-keyshortcuts', keys);
    }
  });

  it('the help dialog says what each key does where its button is', async () => {
    const user = userEvent.setup();
    const session = await setUp([{ mode: 'round' }]);
    renderHuddle(session.id);
    await start(user);
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    // jsdom has no showModal, so the dialog is not "open" to the accessibility tree here.
    await waitFor(() => expect(document.querySelector('dialog')).not.toBeNull());
    const dialog = document.querySelector('dialog')!;
    expect(dialog).toHaveTextContent('Keyboard shortcuts');
    const h = within(dialog).getByText('H').closest('div')!;
    // The H badge is on "Come back to them"; the dialog must say the same thing.
    expect(h).toHaveTextContent(/come back to this one later/);
    expect(screen.getByRole('button', { name: 'Come back to them' })).toHaveAttribute(
      'aria-keyshortcuts',
      'H',
    );
    for (const action of ACTIONS.filter((a) => a.keys.length > 0)) {
      expect(dialog).toHaveTextContent(action.help ?? action.label);
    }
  });
});

describe('while a participant writes', () => {
  it('hides notes, End early, Skip, Back and Next; the hand-off screen brings them back', async () => {
    const user = userEvent.setup();
    const session = await setUp([
      { mode: 'private', prompt: { facilitatorNote: 'Give people time.' } },
      { mode: 'round' },
    ]);
    renderHuddle(session.id);
    await start(user);
    expect(screen.getByText(/Facilitator notes/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    await screen.findByLabelText('Prompt 1?');
    for (const name of [/End early/, /Skip step/, /^Back$/, /^Next/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByText(/Facilitator notes/)).not.toBeInTheDocument();
    // The N key does nothing either, even with focus off the answer box.
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('n');
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('heading', { level: 1, name: 'Step 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
    await screen.findByRole('heading', { name: 'Pass the device to Ben' });
    expect(screen.getByRole('button', { name: 'End early' })).toBeInTheDocument();
    expect(screen.getByText(/Facilitator notes/)).toBeInTheDocument();
  });
});

describe('feeling picker (item 14)', () => {
  function Picker() {
    const [selected, setSelected] = useState<string[]>([]);
    return (
      <FeelingPicker legend="How are you feeling?" selected={selected} onChange={setSelected} />
    );
  }

  it('is one tab stop per family; arrows wrap, Home and End jump, Space picks', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const tabStops = screen
      .getAllByRole('button')
      .filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(FEELING_FAMILIES.length);
    expect(screen.getAllByRole('toolbar')).toHaveLength(FEELING_FAMILIES.length);
    const calm = screen.getByRole('toolbar', { name: 'Calm and content' });

    await user.tab();
    expect(within(calm).getByRole('button', { name: 'calm' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'content' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'peaceful' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'calm' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'peaceful' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'peaceful' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Tab leaves the family for the next one; Shift+Tab comes back to the word last used.
    await user.tab();
    expect(screen.getByRole('button', { name: 'joyful' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'peaceful' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'calm' })).toHaveFocus();
  });

  it('rovingTarget wraps both ways and ignores other keys', () => {
    expect(rovingTarget('ArrowRight', 5, 6)).toBe(0);
    expect(rovingTarget('ArrowDown', 0, 6)).toBe(1);
    expect(rovingTarget('ArrowLeft', 0, 6)).toBe(5);
    expect(rovingTarget('ArrowUp', 3, 6)).toBe(2);
    expect(rovingTarget('Home', 4, 6)).toBe(0);
    expect(rovingTarget('End', 0, 6)).toBe(5);
    expect(rovingTarget('n', 0, 6)).toBeNull();
  });
});
