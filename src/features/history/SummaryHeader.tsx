import type { SessionRecord } from '../../db/queries';
import { UserText } from '../../ui/UserText';
import {
  attendanceCount,
  formatDateTime,
  formatDuration,
  formatTime,
  plural,
  STATUS_LABELS,
  stoppedAt,
} from './format';
import { endedEarly, presentNames } from './summaryModel';

/** Who, what and when: the part of the summary a reader checks first. */
export function SummaryHeader({ record }: { record: SessionRecord }) {
  const { session, team } = record;
  const present = presentNames(record);
  const stopped = session.status === 'abandoned' ? stoppedAt(session) : 0;
  const status =
    session.status === 'completed' && endedEarly(record)
      ? `${STATUS_LABELS.completed} (ended early)`
      : stopped > 0
        ? `${STATUS_LABELS.abandoned} at step ${stopped} of ${session.steps.length}`
        : STATUS_LABELS[session.status];
  return (
    <header className="summary-header">
      <h1>Huddle summary</h1>
      <dl className="facts summary-facts">
        <dt>Team</dt>
        <dd>{team ? <UserText text={team.name} clamp /> : 'Unknown team'}</dd>
        <dt>Plan</dt>
        <dd>
          <UserText text={session.planName} clamp />
        </dd>
        <dt>Date</dt>
        <dd>
          <time dateTime={new Date(session.startedAt).toISOString()}>
            {formatDateTime(session.startedAt)}
          </time>
        </dd>
        <dt>Duration</dt>
        <dd>
          {session.endedAt === null
            ? 'Still running'
            : `${formatDuration(session.endedAt - session.startedAt)} (${formatTime(session.startedAt)}–${formatTime(session.endedAt)})`}
        </dd>
        <dt>Status</dt>
        <dd>{status}</dd>
        <dt>Present</dt>
        <dd>
          {plural(attendanceCount(session), 'person', 'people')}
          {present.length > 0 && (
            <ul className="summary-names" aria-label="Names of those present">
              {present.map((p, i) => (
                // Names can repeat (two guests called Sam): position keeps the keys apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for a render.
                <li key={i}>
                  <UserText text={p.name} clamp />
                  {p.guest && <span className="muted"> (guest)</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </header>
  );
}
