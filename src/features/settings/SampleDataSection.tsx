import { type ReactNode, useEffect, useRef, useState } from 'react';
import { loadSampleData, removeSampleData, useHasSampleData } from '../../db/sample';
import { now } from '../../lib/clock';
import { ErrorMessage } from '../../ui/ErrorMessage';

type Phase =
  | { name: 'idle' }
  | { name: 'loading'; written: number; total: number }
  | { name: 'confirm' }
  | { name: 'removing' };

function count(n: number): string {
  return n.toLocaleString();
}

/** Settings → load a made-up organisation to explore with, and take it away again. */
export function SampleDataSection() {
  const loaded = useHasSampleData();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const busy = phase.name === 'loading' || phase.name === 'removing';

  // The confirm step replaces the button that was just pressed: keep keyboard focus nearby,
  // on the choice that changes nothing.
  useEffect(() => {
    if (phase.name === 'confirm') cancelRef.current?.focus();
  }, [phase.name]);

  async function load() {
    setPhase({ name: 'loading', written: 0, total: 0 });
    setMessage('');
    setError(null);
    try {
      const counts = await loadSampleData(now(), {
        onProgress: (written, total) => setPhase({ name: 'loading', written, total }),
      });
      setMessage(
        `Loaded ${counts.teams} sample teams with ${count(counts.sessions)} huddles, ${count(
          counts.responses,
        )} answers and ${count(counts.commitments)} commitments. They are on the Teams page.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setPhase({ name: 'idle' });
    }
  }

  async function remove() {
    setPhase({ name: 'removing' });
    setMessage('');
    setError(null);
    try {
      const removed = await removeSampleData();
      setMessage(
        `Removed the sample data: ${removed.teams} teams, ${count(removed.sessions)} huddles and ${count(
          removed.responses,
        )} answers. Your own teams were not touched.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setPhase({ name: 'idle' });
    }
  }

  const status =
    phase.name === 'loading'
      ? phase.total === 0
        ? 'Preparing sample data…'
        : `Loading sample data… ${count(phase.written)} of ${count(phase.total)} records`
      : phase.name === 'removing'
        ? 'Removing sample data…'
        : message;

  let controls: ReactNode = null;
  if (phase.name === 'confirm' && loaded) {
    controls = (
      <div>
        <p>
          Remove the three sample teams and everything recorded in them, including any huddles you
          ran with them? Only sample records are removed.
        </p>
        <div className="button-row">
          <button type="button" className="danger" onClick={() => void remove()}>
            Yes, remove sample data
          </button>
          <button
            type="button"
            className="secondary"
            ref={cancelRef}
            onClick={() => setPhase({ name: 'idle' })}
          >
            Cancel
          </button>
        </div>
      </div>
    );
  } else if (loaded && phase.name !== 'loading') {
    controls = (
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => setPhase({ name: 'confirm' })}
        >
          Remove sample data
        </button>
        <p className="muted">Removes only the sample teams and their records.</p>
      </div>
    );
  } else if (loaded !== undefined) {
    controls = (
      <div className="button-row">
        {/* The label stays put while loading: progress is announced by the status line below. */}
        <button type="button" disabled={busy} onClick={() => void load()}>
          Load sample data
        </button>
      </div>
    );
  }

  return (
    <section className="card" aria-labelledby="sample-data-heading" aria-busy={busy}>
      <h2 id="sample-data-heading">Explore with sample data</h2>
      <p>
        Try History, Insights and themes before your own huddles build up. This loads a made-up
        organisation onto this device: three teams (youth outreach, family clinic and residential
        care) with two years of weekly huddles, answers and commitments. Every sample team's name
        ends in “(sample)”, and nothing you already have is changed.
      </p>
      {controls}
      {phase.name === 'loading' && phase.total > 0 && (
        <progress value={phase.written} max={phase.total} aria-label="Loading sample data" />
      )}
      <p role="status">{status}</p>
      <ErrorMessage error={error} />
    </section>
  );
}
