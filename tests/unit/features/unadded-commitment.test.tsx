import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DraftKey, readDraft, saveDraft } from '../../../src/db/drafts';
import { createPlan } from '../../../src/db/library';
import { listSessionCommitments } from '../../../src/db/queries';
import { completeSession, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Session } from '../../../src/domain/types';
import { UnaddedCommitment } from '../../../src/features/facilitate/steps/UnaddedCommitment';
import { SummaryRoute } from '../../../src/features/history/SummaryRoute';
import { freshDatabase } from '../db/testDb';

let session: Session;
let key: DraftKey;

beforeEach(async () => {
  await freshDatabase();
  const team = await createTeam('Family support');
  const ana = await addMember(team.id, 'Ana');
  const plan = await createPlan({
    name: 'Short',
    description: '',
    steps: [{ id: 's-commit', kind: 'commitments', title: 'Next', mode: 'round', timeBoxSec: 120 }],
  });
  session = await startSession({
    teamId: team.id,
    plan,
    steps: [
      {
        planStepId: 's-commit',
        kind: 'commitments',
        title: 'Next',
        mode: 'round',
        timeBoxSec: 120,
        promptIds: [],
        revealed: false,
      },
    ],
    attendance: [ana.id],
  });
  key = { kind: 'commitment', scope: session.id };
});

function renderHistorySummary() {
  const router = createMemoryRouter(
    [
      { path: '/history', element: <p>History page</p> },
      { path: '/history/:sessionId', element: <SummaryRoute /> },
    ],
    { initialEntries: [`/history/${session.id}`] },
  );
  render(<RouterProvider router={router} />);
}

const unadded = () => screen.findByRole('region', { name: 'A commitment not added yet' });

describe('a commitment typed but not added', () => {
  it('is shown at the end of the huddle as soon as its draft is stored, and not before', async () => {
    render(<UnaddedCommitment sessionId={session.id} />);
    // Nothing written: nothing shown.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    // The step's last save lands after the summary opened.
    await saveDraft(key, { text: 'Call the school', owner: 'Ana', due: '2026-04-01', pillar: '' });
    const region = await unadded();
    expect(within(region).getByText('Call the school')).toBeInTheDocument();
    expect(within(region).getByText('Ana · due 2026-04-01')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: /^Add it/ })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: /^Discard/ })).toBeInTheDocument();
  });

  it('"Add it" adds it to the huddle (after it was finished, from History) and forgets the draft', async () => {
    const user = userEvent.setup();
    await saveDraft(key, { text: 'Call the school', owner: 'Ana', due: '', pillar: 'power' });
    await completeSession(session.id);
    renderHistorySummary();
    const region = await unadded();
    expect(within(region).getByText(/kept as a draft with this huddle/)).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: /^Add it/ }));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'A commitment not added yet' })).toBeNull(),
    );
    const made = await listSessionCommitments(session.id);
    expect(made.map((c) => [c.text, c.owner, c.pillar])).toEqual([
      ['Call the school', 'Ana', 'power'],
    ]);
    expect(await readDraft(key)).toBeUndefined();
    const table = await screen.findByRole('table', { name: 'Commitments made' });
    expect(within(table).getByText('Call the school')).toBeInTheDocument();
  });

  it('"Discard" asks first, then deletes the draft and adds nothing', async () => {
    const user = userEvent.setup();
    await saveDraft(key, { text: 'Maybe a rota', owner: '', due: '', pillar: '' });
    render(<UnaddedCommitment sessionId={session.id} />);
    const region = await unadded();
    await user.click(within(region).getByRole('button', { name: /^Discard/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await readDraft(key)).toMatchObject({ text: 'Maybe a rota' });
    await user.click(within(region).getByRole('button', { name: /^Discard/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }));
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect(await readDraft(key)).toBeUndefined();
    expect(await listSessionCommitments(session.id)).toEqual([]);
  });

  it('a draft with no text is not added: the reason is shown and the draft stays', async () => {
    const user = userEvent.setup();
    await saveDraft(key, { text: '  ', owner: 'Ben', due: '', pillar: '' });
    render(<UnaddedCommitment sessionId={session.id} />);
    const region = await unadded();
    await user.click(within(region).getByRole('button', { name: /^Add it/ }));
    expect(await within(region).findByRole('alert')).toBeInTheDocument();
    expect(await readDraft(key)).toMatchObject({ owner: 'Ben' });
    expect(await listSessionCommitments(session.id)).toEqual([]);
  });
});
