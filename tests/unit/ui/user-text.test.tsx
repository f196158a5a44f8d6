// Names and answers people typed cannot disturb the page around them: their direction is
// isolated (<bdi>), direction controls are not shown (a right-to-left override would display a
// name reversed, passing for another), and a long name keeps its whole text available.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Team } from '../../../src/domain/types';
import { TeamCard } from '../../../src/features/home/TeamCard';
import { shownText, UserText } from '../../../src/ui/UserText';

const RLO = '\u202E';
const PDF = '\u202C';

describe('UserText', () => {
  it('leaves out embeddings, overrides and isolates, and nothing else', () => {
    expect(shownText(`${RLO}naB`)).toBe('naB');
    expect(shownText(`a\u202Ab\u202Bc\u202Dd${PDF}e\u2066f\u2067g\u2068h\u2069`)).toBe('abcdefgh');
    // Right-to-left letters and the marks that only nudge neutrals stay.
    expect(shownText('דוד\u200F · Ana\u200E')).toBe('דוד\u200F · Ana\u200E');
  });

  it('renders the text as text in a <bdi>, so its direction cannot leak out', () => {
    const { container } = render(
      <p>
        <UserText text={`<b>${RLO}evE</b>`} />
        's turn
      </p>,
    );
    const bdi = container.querySelector('bdi');
    expect(bdi).not.toBeNull();
    expect(bdi).toHaveClass('user-text');
    expect(bdi?.textContent).toBe('<b>evE</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe("<b>evE</b>'s turn");
  });

  it('clamps a name and gives a long one its whole text as a tooltip', () => {
    const long = 'N'.repeat(20_000);
    render(
      <ul>
        <li>
          <UserText text="Ana" clamp />
        </li>
        <li>
          <UserText text={`${RLO}${long}`} clamp />
        </li>
      </ul>,
    );
    const short = screen.getByText('Ana');
    expect(short).toHaveClass('user-text', 'user-text-clamp');
    expect(short).not.toHaveAttribute('title');
    const clamped = screen.getByText(long);
    expect(clamped).toHaveAttribute('title', long);
  });
});

describe('names on screen go through UserText', () => {
  it('a team card shows its name isolated, without the override', () => {
    const team: Team = {
      id: 't1',
      name: `${RLO}maet htuoY`,
      agreements: [],
      archived: false,
      createdAt: 1,
      updatedAt: 1,
    };
    render(
      <MemoryRouter>
        <ul>
          <TeamCard team={team} memberCount={2} active={undefined} />
        </ul>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'maet htuoY' });
    expect(link.querySelector('bdi.user-text')?.textContent).toBe('maet htuoY');
    expect(link.textContent).not.toContain(RLO);
  });
});
