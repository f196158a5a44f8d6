import { Link } from 'react-router';
import type { OwnershipStatus } from '../../lib/tabs';

/**
 * Shown instead of the huddle when another tab runs it. Only one tab writes a huddle at a time,
 * so the person chooses where to carry on; the other tab saves everything before it lets go.
 */
export function HuddleElsewhere({
  status,
  onTakeOver,
}: {
  status: Exclude<OwnershipStatus, 'owner' | 'claiming'>;
  onTakeOver: () => void;
}) {
  const moved = status === 'moved';
  return (
    <div className="page">
      <h1>{moved ? 'This huddle moved to another tab' : 'This huddle is open in another tab'}</h1>
      <p>
        {moved
          ? 'Everything typed here was saved before it moved. This tab no longer saves changes to the huddle.'
          : 'To keep every answer safe, only one tab runs a huddle at a time. Carry on in the other tab, or move the huddle here: the other tab saves what it has, then stops.'}
      </p>
      <p role="status">
        {status === 'taking-over' ? 'Asking the other tab to save and hand over…' : ''}
      </p>
      <div className="button-row">
        <button type="button" onClick={onTakeOver} disabled={status === 'taking-over'}>
          Take over here
        </button>
        <Link className="button secondary" to="/">
          Back to teams
        </Link>
      </div>
    </div>
  );
}
