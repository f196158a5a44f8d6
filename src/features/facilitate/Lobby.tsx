import { type FormEvent, useId, useMemo, useState } from 'react';
import type { DraftKey } from '../../db/drafts';
import { newGuest } from '../../db/sessions';
import { addMember } from '../../db/teams';
import { useTextDraft } from '../../db/useTextDraft';
import type { ActionId } from '../../domain/huddle/actions';
import { participantCount } from '../../domain/huddle/participants';
import type { Guest } from '../../domain/types';
import { now } from '../../lib/clock';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { shownText, UserText } from '../../ui/UserText';
import { useHuddleData } from './huddleData';
import { selectDispatch, selectMachine, useLiveHuddle } from './huddleStore';

const isBlank = (text: string) => !text.trim();

/** Who is here, the group agreements, then start. */
export function Lobby({ onRun }: { onRun: (id: ActionId) => void }) {
  const machine = useLiveHuddle(selectMachine);
  const dispatch = useLiveHuddle(selectDispatch);
  const data = useHuddleData();
  const guestId = useId();
  const sessionId = data.session.id;
  const guestDraftKey = useMemo<DraftKey>(
    () => ({ kind: 'guest-name', scope: sessionId }),
    [sessionId],
  );
  // A name typed but not added yet survives a reload (kept until added or cleared).
  const guestDraft = useTextDraft<string>(guestDraftKey, '', isBlank);
  const guestName = guestDraft.value;
  const [error, setError] = useState<unknown>(null);
  if (!machine) return null;

  const members = [...data.membersById.values()].filter(
    (m) => !m.archived || machine.attendance.includes(m.id),
  );
  const setAttendance = (attendance: string[], guests: Guest[]) =>
    dispatch({ type: 'SET_ATTENDANCE', attendance, guests, at: now() });
  const toggle = (id: string) =>
    setAttendance(
      machine.attendance.includes(id)
        ? machine.attendance.filter((a) => a !== id)
        : [...machine.attendance, id],
      machine.guests,
    );

  async function addPerson(event: FormEvent, asMember: boolean) {
    event.preventDefault();
    if (!machine) return;
    try {
      if (asMember) {
        const member = await addMember(data.team.id, guestName);
        setAttendance([...machine.attendance, member.id], machine.guests);
      } else {
        setAttendance(machine.attendance, [...machine.guests, newGuest(guestName)]);
      }
      await guestDraft.clear();
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  const count = participantCount(machine);
  return (
    <div className="lobby">
      <h1 tabIndex={-1}>Welcome — who is here today?</h1>
      <section aria-labelledby="attendance-heading" className="card">
        <h2 id="attendance-heading">Attendance</h2>
        {members.length === 0 ? (
          <p>No one is on this team's list yet. Add the people in the room below.</p>
        ) : (
          <>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                setAttendance(
                  members.map((m) => m.id),
                  machine.guests,
                )
              }
            >
              Everyone on the list is here
            </button>
            <ul className="check-list">
              {members.map((m) => (
                <li key={m.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={machine.attendance.includes(m.id)}
                      onChange={() => toggle(m.id)}
                    />
                    <UserText text={m.name} clamp />
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {machine.guests.length > 0 && (
          <>
            <h3>Guests</h3>
            <ul className="check-list">
              {machine.guests.map((g) => (
                <li key={g.id}>
                  <UserText text={g.name} clamp />{' '}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      setAttendance(
                        machine.attendance,
                        machine.guests.filter((x) => x.id !== g.id),
                      )
                    }
                  >
                    Remove <span className="visually-hidden">{shownText(g.name)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form className="inline-form" onSubmit={(e) => void addPerson(e, false)}>
          <label htmlFor={guestId}>Someone else in the room</label>
          <input
            id={guestId}
            value={guestName}
            onChange={(e) => guestDraft.set(e.target.value)}
            onBlur={() => void guestDraft.flush()}
            maxLength={80}
            autoComplete="off"
          />
          <button type="submit" className="secondary">
            Add as guest
          </button>
          <button type="button" className="secondary" onClick={(e) => void addPerson(e, true)}>
            Add to the team
          </button>
          <ErrorMessage error={error} />
        </form>
      </section>
      <section aria-labelledby="agreements-heading" className="card agreements">
        <h2 id="agreements-heading">Our agreements</h2>
        <ul>
          {data.team.agreements.map((a) => (
            <li key={a}>
              <UserText text={a} />
            </li>
          ))}
        </ul>
      </section>
      <div className="flow-controls">
        <p aria-live="polite">
          {count === 0
            ? 'Tick who is here to start.'
            : `${count} ${count === 1 ? 'person' : 'people'} here.`}
        </p>
        <button type="button" disabled={count === 0} onClick={() => onRun('start')}>
          Start huddle
        </button>
      </div>
    </div>
  );
}
