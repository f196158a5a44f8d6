import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { breathCue, GroundingMoment } from '../../../src/ui/GroundingMoment';

describe('breathCue', () => {
  it('breathes in for 4 and out for 6, six times, then welcomes back', () => {
    expect(breathCue(0)).toEqual({ phase: 'in', count: 4, secondsLeft: 60 });
    expect(breathCue(3)).toEqual({ phase: 'in', count: 1, secondsLeft: 57 });
    expect(breathCue(4)).toEqual({ phase: 'out', count: 6, secondsLeft: 56 });
    expect(breathCue(9)).toEqual({ phase: 'out', count: 1, secondsLeft: 51 });
    expect(breathCue(10)).toEqual({ phase: 'in', count: 4, secondsLeft: 50 });
    expect(breathCue(59)).toEqual({ phase: 'out', count: 1, secondsLeft: 1 });
    expect(breathCue(60)).toEqual({ phase: 'done', count: 0, secondsLeft: 0 });
    expect(breathCue(600).phase).toBe('done');
  });
});

describe('GroundingMoment', () => {
  const START = 1_000_000;
  let t = START;
  const clock = () => t;

  beforeEach(() => {
    t = START;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const advanceTo = (seconds: number) =>
    act(() => {
      t = START + seconds * 1000;
      vi.advanceTimersByTime(250);
    });

  it('counts the cues and the minute down with the injected clock', () => {
    render(<GroundingMoment startedAt={START} now={clock} />);
    const cue = () => document.querySelector('.grounding-cue');
    expect(cue()).toHaveTextContent('Breathe in… 4');
    expect(screen.getByText('60 seconds left')).toBeInTheDocument();

    advanceTo(2);
    expect(cue()).toHaveTextContent('Breathe in… 2');
    advanceTo(5);
    expect(cue()).toHaveTextContent('Breathe out… 5');
    expect(screen.getByText('55 seconds left')).toBeInTheDocument();
    advanceTo(59);
    expect(screen.getByText('1 second left')).toBeInTheDocument();

    advanceTo(60);
    expect(screen.getByText('Welcome back.')).toBeInTheDocument();
    expect(screen.queryByText(/seconds? left/)).toBeNull();
    // It stays until closed.
    advanceTo(300);
    expect(screen.getByText('Welcome back.')).toBeInTheDocument();
  });

  it('picks up mid-way when opened late (the room screen joining a running moment)', () => {
    t = START + 17_400;
    render(<GroundingMoment startedAt={START} now={clock} large />);
    expect(document.querySelector('.grounding-cue')).toHaveTextContent('Breathe out… 3');
    expect(screen.getByText('43 seconds left')).toBeInTheDocument();
    // The circle starts part-way through its 10 s breath, in step with the words.
    expect(document.querySelector<HTMLElement>('.grounding-circle')?.style.animationDelay).toBe(
      '-7400ms',
    );
  });

  it('announces a new phase politely, never the per-second count', () => {
    render(<GroundingMoment startedAt={START} now={clock} />);
    const live = document.querySelector('[aria-live]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(/^Breathe in…$/);
    advanceTo(1);
    expect(live).toHaveTextContent(/^Breathe in…$/);
    advanceTo(4);
    expect(live).toHaveTextContent(/^Breathe out…$/);
    advanceTo(60);
    expect(live).toHaveTextContent(/^Welcome back\.$/);
  });

  it('without onClose is a plain section with a heading, not a dialog', () => {
    render(<GroundingMoment startedAt={START} now={clock} large headingLevel={1} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('region', { name: 'Grounding moment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Grounding moment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });
});

describe('GroundingMoment as an overlay', () => {
  function Host({ onClose = () => {} }: { onClose?: () => void }) {
    const [since, setSince] = useState<number | null>(null);
    return (
      <>
        <button type="button" onClick={() => setSince(Date.now())}>
          Grounding
        </button>
        {since !== null && (
          <GroundingMoment
            startedAt={since}
            onClose={() => {
              onClose();
              setSince(null);
            }}
          />
        )}
      </>
    );
  }

  it('is a modal dialog that takes focus, keeps it, and gives it back on Close', async () => {
    const user = userEvent.setup();
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Grounding' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Grounding moment' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    // Tab cycles inside: Close is the only control.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Host onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Grounding' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Grounding' })).toHaveFocus();
  });

  it('passes an automated WCAG check', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <Host />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Grounding' }));
    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
