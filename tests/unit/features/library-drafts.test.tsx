import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBuiltIns } from '../../../src/db/builtIns';
import { listDraftScopes, NEW_RECORD, readDraft } from '../../../src/db/drafts';
import { createPrompt } from '../../../src/db/library';
import { listPlans, listPrompts } from '../../../src/db/queries';
import type { Plan, Prompt } from '../../../src/domain/types';
import { LibraryRoute } from '../../../src/features/library/LibraryRoute';
import { freshDatabase } from '../db/testDb';

const PROMPT: Prompt = {
  id: 'bi-rel-1',
  pillar: 'relationships',
  category: 'pillar',
  kind: 'text',
  text: 'Who backed you up this week?',
  facilitatorNote: '',
  builtIn: true,
  retired: false,
  createdAt: 1,
  updatedAt: 1,
};

const PLAN: Plan = {
  id: 'bi-plan-test',
  name: 'Weekly pillar huddle',
  description: '',
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
  ],
  createdAt: 1,
  updatedAt: 1,
};

/** The Library and one other page, so the person can leave and come back. */
function renderApp(path = '/library') {
  const router = createMemoryRouter(
    [
      { path: '/library', element: <LibraryRoute /> },
      { path: '/', element: <h1>Home</h1> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** Leave the Library for another page and come back (every editor unmounts in between). */
async function leaveAndComeBack(router: ReturnType<typeof renderApp>, back = '/library') {
  await act(() => router.navigate('/'));
  await screen.findByRole('heading', { name: 'Home' });
  await act(() => router.navigate(back));
}

const promptDraft = () => readDraft<{ text: string }>({ kind: 'prompt', scope: NEW_RECORD });

beforeEach(async () => {
  await freshDatabase();
  await installBuiltIns([PROMPT], [PLAN]);
});

describe('Library: what is typed is kept as a draft', () => {
  it('a new prompt comes back after leaving the page, until it is discarded', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.click(await screen.findByRole('button', { name: 'New prompt' }));
    let form = within(screen.getByRole('form', { name: 'New prompt' }));
    await user.selectOptions(form.getByLabelText('Pillar'), 'power');
    await user.type(form.getByLabelText('Prompt'), 'Who decided the rota?');
    expect(form.getByText(/kept as a draft/)).toBeInTheDocument();
    // No silent Cancel while something is written: only a confirmed discard.
    expect(form.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();

    await leaveAndComeBack(router);
    form = within(await screen.findByRole('form', { name: 'New prompt' }));
    await waitFor(() => expect(form.getByLabelText('Prompt')).toHaveValue('Who decided the rota?'));
    expect(form.getByLabelText('Pillar')).toHaveValue('power');
    expect(await promptDraft()).toMatchObject({ text: 'Who decided the rota?', pillar: 'power' });

    await user.click(form.getByRole('button', { name: 'Discard changes' }));
    // Asked first: answering "Cancel" keeps it.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(form.getByLabelText('Prompt')).toHaveValue('Who decided the rota?');
    await user.click(form.getByRole('button', { name: 'Discard changes' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard my changes' }));
    expect(await screen.findByRole('button', { name: 'New prompt' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New prompt' })).not.toBeInTheDocument();
    await waitFor(async () => expect(await promptDraft()).toBeUndefined());

    await leaveAndComeBack(router);
    expect(await screen.findByRole('button', { name: 'New prompt' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New prompt' })).not.toBeInTheDocument();
    expect(await listPrompts()).toHaveLength(1);
  });

  it('an edit to a custom prompt comes back in its card, and saving forgets the draft', async () => {
    const user = userEvent.setup();
    const mine = await createPrompt({
      pillar: 'learning',
      category: 'pillar',
      kind: 'text',
      text: 'What did a client teach you?',
    });
    const router = renderApp();
    const list = await screen.findByRole('list', { name: 'Prompts' });
    await user.click(within(list).getByRole('button', { name: /^Edit: What did a client/ }));
    let form = within(screen.getByRole('form', { name: 'Edit prompt' }));
    await user.type(form.getByLabelText('Prompt'), ' Or a family?');
    await user.type(form.getByLabelText('Facilitator note (optional)'), 'Go slowly.');

    await leaveAndComeBack(router);
    form = within(await screen.findByRole('form', { name: 'Edit prompt' }));
    await waitFor(() =>
      expect(form.getByLabelText('Prompt')).toHaveValue(
        'What did a client teach you? Or a family?',
      ),
    );
    expect(form.getByLabelText('Facilitator note (optional)')).toHaveValue('Go slowly.');
    // Nothing is stored in the prompt itself until "Save prompt".
    expect((await listPrompts()).find((p) => p.id === mine.id)?.text).toBe(
      'What did a client teach you?',
    );

    await user.click(form.getByRole('button', { name: 'Save prompt' }));
    await waitFor(async () =>
      expect((await listPrompts()).find((p) => p.id === mine.id)).toMatchObject({
        text: 'What did a client teach you? Or a family?',
        facilitatorNote: 'Go slowly.',
      }),
    );
    await waitFor(async () => expect(await listDraftScopes('prompt')).toEqual([]));
    await leaveAndComeBack(router);
    await screen.findByRole('list', { name: 'Prompts' });
    expect(screen.queryByRole('form', { name: 'Edit prompt' })).not.toBeInTheDocument();
  });

  it('a new plan and its steps come back after leaving the page, until discarded', async () => {
    const user = userEvent.setup();
    const router = renderApp('/library?tab=plans');
    await user.click(await screen.findByRole('button', { name: 'New plan' }));
    await user.type(screen.getByLabelText('Plan name'), 'Quick pulse');
    await user.type(screen.getByLabelText('Description (optional)'), 'For busy weeks.');
    let steps = screen.getByRole('list', { name: 'Steps' });
    await user.type(within(steps).getByLabelText('Title'), 'Check in');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await user.type(within(steps).getAllByLabelText('Title')[1]!, 'Go deeper');
    expect(screen.getByText(/kept as a draft/)).toBeInTheDocument();

    await leaveAndComeBack(router, '/library?tab=plans');
    expect(await screen.findByRole('heading', { name: 'New plan' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Plan name')).toHaveValue('Quick pulse'));
    expect(screen.getByLabelText('Description (optional)')).toHaveValue('For busy weeks.');
    steps = screen.getByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByLabelText('Title')
        .map((t) => (t as HTMLInputElement).value),
    ).toEqual(['Check in', 'Go deeper']);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard my changes' }));
    expect(await screen.findByRole('heading', { name: 'Plans' })).toBeInTheDocument();
    await waitFor(async () => expect(await listDraftScopes('plan')).toEqual([]));
    await leaveAndComeBack(router, '/library?tab=plans');
    expect(await screen.findByRole('heading', { name: 'Plans' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Plan name')).not.toBeInTheDocument();
    expect((await listPlans()).map((p) => p.name)).toEqual(['Weekly pillar huddle']);
  });

  it('an edit to a custom plan comes back open; saving stores it and forgets the draft', async () => {
    const user = userEvent.setup();
    const router = renderApp('/library?tab=plans');
    const list = await screen.findByRole('list', { name: 'Plans' });
    await user.click(within(list).getByRole('button', { name: /^Duplicate/ }));
    await screen.findByRole('heading', { name: 'Edit plan: Weekly pillar huddle (copy)' });
    // Opened, nothing changed: leaving keeps no draft.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    const name = screen.getByLabelText('Plan name');
    await user.clear(name);
    await user.type(name, 'Shift-change huddle');

    // Another tab of the Library and back: the plan editor unmounts too.
    await user.click(screen.getByRole('tab', { name: 'Prompts' }));
    await screen.findByRole('heading', { name: 'Prompts' });
    await user.click(screen.getByRole('tab', { name: 'Plans' }));
    expect(
      await screen.findByRole('heading', { name: 'Edit plan: Weekly pillar huddle (copy)' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText('Plan name')).toHaveValue('Shift-change huddle'),
    );

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Plan "Shift-change huddle" saved.')).toBeInTheDocument();
    await waitFor(async () => expect(await listDraftScopes('plan')).toEqual([]));
    await leaveAndComeBack(router, '/library?tab=plans');
    const card = (
      await within(await screen.findByRole('list', { name: 'Plans' })).findByRole('heading', {
        name: 'Shift-change huddle',
      })
    ).closest('li') as HTMLElement;
    expect(within(card).queryByText('Unsaved changes kept')).not.toBeInTheDocument();
  });
});
