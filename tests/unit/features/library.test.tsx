import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBuiltIns } from '../../../src/db/builtIns';
import { createPrompt } from '../../../src/db/library';
import { listPlans, listPrompts } from '../../../src/db/queries';
import type { Plan, Prompt } from '../../../src/domain/types';
import { LibraryRoute } from '../../../src/features/library/LibraryRoute';
import { freshDatabase } from '../db/testDb';

const builtIn = (fields: Pick<Prompt, 'id' | 'pillar' | 'category' | 'kind' | 'text'>): Prompt => ({
  ...fields,
  facilitatorNote: 'Go gently; anyone may pass.',
  builtIn: true,
  retired: false,
  createdAt: 1,
  updatedAt: 1,
});

const PROMPTS: Prompt[] = [
  builtIn({
    id: 'bi-rel-1',
    pillar: 'relationships',
    category: 'pillar',
    kind: 'text',
    text: 'Who backed you up this week?',
  }),
  builtIn({
    id: 'bi-play-1',
    pillar: 'play',
    category: 'warmup',
    kind: 'text',
    text: 'What made you laugh this week?',
  }),
  builtIn({
    id: 'bi-power-1',
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'Whose voice was missing from a decision?',
  }),
];

const PLAN: Plan = {
  id: 'bi-plan-test',
  name: 'Weekly pillar huddle',
  description: 'Check in, go deeper, commit.',
  builtIn: true,
  retired: false,
  steps: [
    {
      id: 'talk',
      kind: 'prompts',
      title: 'Talk it through',
      source: { type: 'draw', pillar: 'relationships', count: 1 },
      mode: 'round',
      timeBoxSec: 240,
    },
    { id: 'commit', kind: 'commitments', title: 'Our commitments', mode: 'round', timeBoxSec: 120 },
  ],
  createdAt: 1,
  updatedAt: 1,
};

function renderLibrary(path = '/library') {
  const router = createMemoryRouter([{ path: '/library', element: <LibraryRoute /> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
  return router;
}

async function promptCard(text: string) {
  const list = await screen.findByRole('list', { name: 'Prompts' });
  // The prompt's own line, not a textarea that still holds the same words while editing.
  const item = (await within(list).findByText(text, { selector: 'p bdi' })).closest('li');
  if (!item) throw new Error(`no card for ${text}`);
  return item;
}

async function planCard(name: string) {
  const list = await screen.findByRole('list', { name: 'Plans' });
  const item = (await within(list).findByRole('heading', { name })).closest('li');
  if (!item) throw new Error(`no card for ${name}`);
  return item;
}

async function storedPrompt(text: string) {
  return (await listPrompts()).find((p) => p.text === text);
}

async function axeViolations() {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    // jsdom has no layout, so contrast is checked in the browser tests instead.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

beforeEach(async () => {
  await freshDatabase();
  await installBuiltIns(PROMPTS, [PLAN]);
});

describe('Library: prompts', () => {
  it('shows what each prompt is and folds away its facilitator note', async () => {
    const user = userEvent.setup();
    renderLibrary();
    expect(screen.getByRole('tab', { name: 'Prompts' })).toHaveAttribute('aria-selected', 'true');
    const card = await promptCard('Who backed you up this week?');
    for (const tag of ['Relationships First', 'In depth', 'Words', 'Built-in']) {
      expect(within(card).getByText(tag)).toBeInTheDocument();
    }
    // Built-ins can be hidden, never edited.
    expect(within(card).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    const note = within(card).getByText('Go gently; anyone may pass.');
    expect(note.closest('details')).not.toHaveAttribute('open');
    await user.click(within(card).getByText('Facilitator note'));
    expect(note.closest('details')).toHaveAttribute('open');
  });

  it('filters by pillar and category', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await promptCard('Who backed you up this week?');
    await user.selectOptions(screen.getByLabelText('Pillar'), 'play');
    const list = screen.getByRole('list', { name: 'Prompts' });
    expect(within(list).getAllByRole('listitem', { name: '' }).length).toBeGreaterThan(0);
    expect(within(list).getByText('What made you laugh this week?')).toBeInTheDocument();
    expect(within(list).queryByText('Who backed you up this week?')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 3 prompts.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Pillar'), '');
    await user.selectOptions(screen.getByLabelText('Category'), 'pillar');
    expect(screen.getByText('Showing 2 of 3 prompts.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Pillar'), 'play');
    expect(screen.getByText(/No prompt matches these filters/)).toBeInTheDocument();
  });

  it('refuses an empty prompt with a message, and stores nothing', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New prompt' }));
    await user.click(screen.getByRole('button', { name: 'Add prompt' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the prompt');
    expect(screen.getByLabelText('Prompt')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Prompt')).toHaveFocus();

    await user.type(screen.getByLabelText('Prompt'), 'Which way should we go?');
    await user.selectOptions(screen.getByLabelText('Answer type'), 'choice');
    await user.type(screen.getByLabelText('Choices, one per line'), 'Only one');
    await user.click(screen.getByRole('button', { name: 'Add prompt' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least two choices');
    expect(await listPrompts()).toHaveLength(3);
  });

  it('creates a custom choice prompt with a facilitator note', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New prompt' }));
    const form = within(screen.getByRole('form', { name: 'New prompt' }));
    await user.selectOptions(form.getByLabelText('Pillar'), 'power');
    await user.selectOptions(form.getByLabelText('Category'), 'opener');
    await user.selectOptions(form.getByLabelText('Answer type'), 'choice');
    await user.type(form.getByLabelText('Prompt'), 'Who decided the new intake form?');
    await user.type(form.getByLabelText('Choices, one per line'), 'Leaders\nUs\n\nClients{Enter}');
    await user.type(form.getByLabelText('Facilitator note (optional)'), 'No blame here.');
    await user.click(form.getByRole('button', { name: 'Add prompt' }));

    expect(await screen.findByText(/Prompt added/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'New prompt' })).toHaveFocus());
    const stored = await storedPrompt('Who decided the new intake form?');
    expect(stored).toMatchObject({
      pillar: 'power',
      category: 'opener',
      kind: 'choice',
      choices: ['Leaders', 'Us', 'Clients'],
      facilitatorNote: 'No blame here.',
      builtIn: false,
      retired: false,
    });
    const card = await promptCard('Who decided the new intake form?');
    expect(within(card).getByText('Your own')).toBeInTheDocument();
    expect(within(card).getByText('Choices: Leaders · Us · Clients')).toBeInTheDocument();
  });

  it('edits, retires and restores a custom prompt', async () => {
    const user = userEvent.setup();
    await createPrompt({
      pillar: 'learning',
      category: 'pillar',
      kind: 'text',
      text: 'What did a client teach you?',
    });
    renderLibrary();
    let card = await promptCard('What did a client teach you?');
    await user.click(within(card).getByRole('button', { name: /^Edit/ }));
    const text = within(card).getByLabelText('Prompt');
    expect(text).toHaveValue('What did a client teach you?');
    await user.clear(text);
    await user.type(text, 'What did a client or family teach you?');
    await user.click(within(card).getByRole('button', { name: 'Save prompt' }));

    card = await promptCard('What did a client or family teach you?');
    expect(within(card).getByRole('button', { name: /^Edit/ })).toHaveFocus();
    expect((await storedPrompt('What did a client or family teach you?'))?.pillar).toBe('learning');
    expect(await storedPrompt('What did a client teach you?')).toBeUndefined();

    await user.click(within(card).getByRole('button', { name: /^Retire/ }));
    expect(await within(card).findByText('Retired: not offered')).toBeInTheDocument();
    expect((await storedPrompt('What did a client or family teach you?'))?.retired).toBe(true);
    await user.click(within(card).getByRole('button', { name: /^Restore/ }));
    expect(await within(card).findByRole('button', { name: /^Retire/ })).toBeInTheDocument();
    expect((await storedPrompt('What did a client or family teach you?'))?.retired).toBe(false);
  });

  it('hides and shows a built-in prompt without deleting it', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const card = await promptCard('What made you laugh this week?');
    await user.click(within(card).getByRole('button', { name: /^Hide/ }));
    expect(await within(card).findByText('Hidden: not offered')).toBeInTheDocument();
    expect((await listPrompts()).find((p) => p.id === 'bi-play-1')?.retired).toBe(true);

    await user.selectOptions(screen.getByLabelText('Showing'), 'offered');
    expect(screen.queryByText('What made you laugh this week?')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Showing'), 'off');
    const hidden = await promptCard('What made you laugh this week?');
    await user.click(within(hidden).getByRole('button', { name: /^Show/ }));
    expect(await screen.findByText(/No prompt matches/)).toBeInTheDocument();
    expect(await listPrompts()).toHaveLength(3);
    expect((await listPrompts()).find((p) => p.id === 'bi-play-1')?.retired).toBe(false);
  });
});

describe('Library: plans', () => {
  it('lists plans with their steps and length; built-ins cannot be edited', async () => {
    const user = userEvent.setup();
    renderLibrary('/library?tab=plans');
    const card = await planCard('Weekly pillar huddle');
    expect(within(card).getByText('2 steps · about 6 min')).toBeInTheDocument();
    expect(within(card).getByText('Built-in')).toBeInTheDocument();
    expect(
      within(card).getByText('1 prompt drawn from Relationships First (In depth) · Round · 4 min'),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /^Retire/ })).not.toBeInTheDocument();
    // The tabs work by keyboard.
    await user.click(screen.getByRole('tab', { name: 'Plans' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Prompts' })).toHaveFocus();
    expect(await screen.findByRole('heading', { name: 'Prompts' })).toBeInTheDocument();
  });

  it('duplicates a built-in plan and edits the copy’s steps', async () => {
    const user = userEvent.setup();
    renderLibrary('/library?tab=plans');
    const card = await planCard('Weekly pillar huddle');
    await user.click(within(card).getByRole('button', { name: /^Duplicate/ }));

    const heading = await screen.findByRole('heading', {
      name: 'Edit plan: Weekly pillar huddle (copy)',
    });
    expect(heading).toHaveFocus();
    const name = screen.getByLabelText('Plan name');
    await user.clear(name);
    await user.type(name, 'Shift-change huddle');

    const steps = screen.getByRole('list', { name: 'Steps' });
    const first = within(steps).getAllByRole('group', { name: /^Step 1/ })[0]!;
    // Step 1: a chosen prompt instead of a draw, answered anonymously, 3 minutes.
    await user.click(within(first).getByLabelText('The same chosen prompts every time'));
    await user.click(within(first).getByText('Shift Power (0 of 1 chosen)'));
    await user.click(within(first).getByLabelText(/Whose voice was missing/));
    await user.click(within(first).getByLabelText('Anonymous'));
    expect(within(first).getByText(/No names stored/)).toBeInTheDocument();
    const minutes = within(first).getByLabelText('Time box (minutes)');
    await user.clear(minutes);
    await user.type(minutes, '3');

    // A new step, titled, made the first step.
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    const added = within(steps).getAllByRole('group', { name: /^Step 3/ })[0]!;
    const title = within(added).getByLabelText('Title');
    expect(title).toHaveFocus();
    await user.type(title, 'Grounding breath');
    await user.selectOptions(within(added).getByLabelText('What happens'), 'review-commitments');
    await user.click(within(added).getByRole('button', { name: 'Move up Step 3' }));
    await user.click(within(steps).getByRole('button', { name: 'Move up Step 2' }));
    // Drop the commitments step.
    const last = within(steps).getAllByRole('group', { name: /^Step 3/ })[0]!;
    await user.click(within(last).getByRole('button', { name: 'Remove Step 3' }));
    expect(
      screen.getByText('About 6 minutes in all. Most huddles take 10 to 20.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Plan "Shift-change huddle" saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Plans' })).toHaveFocus();

    const plans = await listPlans();
    expect(plans.find((p) => p.id === 'bi-plan-test')?.steps).toEqual(PLAN.steps);
    const copy = plans.find((p) => p.name === 'Shift-change huddle');
    expect(copy?.builtIn).toBe(false);
    expect(copy?.steps.map((s) => [s.title, s.kind, s.mode, s.timeBoxSec, s.source])).toEqual([
      ['Grounding breath', 'review-commitments', 'round', 180, undefined],
      [
        'Talk it through',
        'prompts',
        'anonymous',
        180,
        { type: 'prompts', promptIds: ['bi-power-1'] },
      ],
    ]);
    const copyCard = await planCard('Shift-change huddle');
    expect(within(copyCard).getByText('Your own')).toBeInTheDocument();
  });

  it('shows what stops a plan from saving, and stores nothing until it is fixed', async () => {
    const user = userEvent.setup();
    renderLibrary('/library?tab=plans');
    await user.click(await screen.findByRole('button', { name: 'New plan' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2 things to fix before saving');
    expect(alert).toHaveTextContent('Plan name: Give the plan a name.');
    expect(alert).toHaveTextContent('Step 1: Give this step a title.');
    expect(screen.getByLabelText('Plan name')).toHaveAttribute('aria-invalid', 'true');

    const steps = screen.getByRole('list', { name: 'Steps' });
    const minutes = within(steps).getByLabelText('Time box (minutes)');
    await user.clear(minutes);
    await user.type(minutes, '90');
    expect(screen.getByRole('alert')).toHaveTextContent('Step 1: Give a time box between');
    expect((await listPlans()).map((p) => p.name)).toEqual(['Weekly pillar huddle']);

    await user.type(screen.getByLabelText('Plan name'), 'Quick pulse');
    await user.type(within(steps).getByLabelText('Title'), 'Talk');
    await user.clear(minutes);
    await user.type(minutes, '2.5');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText('Plan "Quick pulse" saved.');
    const saved = (await listPlans()).find((p) => p.name === 'Quick pulse');
    expect(saved?.steps[0]).toMatchObject({
      title: 'Talk',
      timeBoxSec: 150,
      source: { type: 'draw', pillar: 'relationships', count: 1 },
    });
  });

  it('retires and restores a custom plan', async () => {
    const user = userEvent.setup();
    renderLibrary('/library?tab=plans');
    await user.click(
      within(await planCard('Weekly pillar huddle')).getByRole('button', { name: /^Duplicate/ }),
    );
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    const card = await planCard('Weekly pillar huddle (copy)');
    await user.click(within(card).getByRole('button', { name: /^Retire/ }));
    const retired = await screen.findByRole('list', { name: 'Retired plans' });
    expect(
      within(retired).getByRole('heading', { name: 'Weekly pillar huddle (copy)' }),
    ).toBeInTheDocument();
    const stored = (await listPlans()).find((p) => p.name === 'Weekly pillar huddle (copy)');
    expect(stored?.retired).toBe(true);
    await user.click(within(retired).getByRole('button', { name: /^Restore/ }));
    expect(await planCard('Weekly pillar huddle (copy)')).toBeInTheDocument();
    expect((await listPlans()).find((p) => p.id === stored?.id)?.retired).toBe(false);
  });

  it('has no detectable accessibility problems in the lists and editors', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await promptCard('Who backed you up this week?');
    await user.click(screen.getByRole('button', { name: 'New prompt' }));
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Plans' }));
    await planCard('Weekly pillar huddle');
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const steps = screen.getByRole('list', { name: 'Steps' });
    await user.click(within(steps).getByLabelText('The same chosen prompts every time'));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByRole('alert');
    expect(await axeViolations()).toEqual([]);
  });
});
