import { useMembers } from '../../db/hooks';
import { AddMemberForm } from './AddMemberForm';
import { MemberRow } from './MemberRow';

export function MembersSection({ teamId }: { teamId: string }) {
  const members = useMembers(teamId);
  const current = members?.filter((m) => !m.archived) ?? [];
  const archived = members?.filter((m) => m.archived) ?? [];
  return (
    <section aria-labelledby="members-heading" className="team-section">
      <h2 id="members-heading">People</h2>
      <p className="muted">
        Display names only: no emails, no accounts. Archived people leave the attendance list but
        keep their past answers.
      </p>
      <AddMemberForm teamId={teamId} />
      {members === undefined ? (
        <p aria-live="polite">Loading people…</p>
      ) : current.length === 0 ? (
        <p className="hint">
          No one here yet. Add the people who usually come to huddles; anyone else can join a huddle
          as a guest.
        </p>
      ) : (
        <ul className="row-list" aria-label="People">
          {current.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <details className="fold">
          <summary>Archived people ({archived.length})</summary>
          <ul className="row-list" aria-label="Archived people">
            {archived.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
