import { Link } from 'react-router';
import { abandonSession } from '../../db/sessions';
import type { Session } from '../../domain/types';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { shownText, UserText } from '../../ui/UserText';
import { formatDateTime } from './format';

/** "Huddle in progress" with a way back in, or a way to close it without losing answers. */
export function ActiveHuddle({ session, teamName }: { session: Session; teamName: string }) {
  return (
    <div className="huddle-notice">
      <p>
        <strong>Huddle in progress</strong>
        <br />
        <span className="muted">
          <UserText text={session.planName} clamp /> · started {formatDateTime(session.startedAt)}
        </span>
      </p>
      <div className="button-row">
        <Link className="button" to={`/facilitate/${session.id}`}>
          Resume <span className="visually-hidden">the huddle of {shownText(teamName)}</span>
        </Link>
        <ConfirmButton
          message="Close this huddle without finishing it? Every answer given so far is kept and stays in History."
          confirmLabel="Yes, close the huddle"
          onConfirm={() => abandonSession(session.id)}
        >
          Close it <span className="visually-hidden">(the huddle of {shownText(teamName)})</span>
        </ConfirmButton>
      </div>
    </div>
  );
}
