import { agenda, timeBoxText } from '../../domain/huddle/agenda';
import { phase } from '../../domain/huddle/selectors';
import { selectMachine, useLiveHuddle } from './huddleStore';

const STATUS_TEXT = {
  done: 'done',
  current: 'now',
  upcoming: 'coming up',
  skipped: 'skipped',
  'not-reached': 'not reached',
} as const;

/** Where we are and what comes next: predictable pacing for everyone in the room. */
export function Agenda() {
  const machine = useLiveHuddle(selectMachine);
  if (!machine) return null;
  const items = agenda(machine);
  const onLobby = phase(machine) === 'lobby';
  const onSummary = phase(machine) === 'summary';
  return (
    <nav className="agenda" aria-label="Agenda">
      <h2>Agenda</h2>
      <ol>
        <li className={onLobby ? 'agenda-item current' : 'agenda-item done'}>
          <span>Welcome and agreements</span>
          {onLobby && <span className="agenda-status">now</span>}
        </li>
        {items.map((item) => (
          <li
            key={item.index}
            className={`agenda-item ${item.status}`}
            aria-current={item.status === 'current' ? 'step' : undefined}
          >
            <span>{item.title}</span>
            <span className="agenda-status">
              {STATUS_TEXT[item.status]}
              {item.status === 'upcoming' || item.status === 'current'
                ? ` · ${timeBoxText(item.timeBoxSec)}`
                : ''}
            </span>
          </li>
        ))}
        <li
          className={onSummary ? 'agenda-item current' : 'agenda-item upcoming'}
          aria-current={onSummary ? 'step' : undefined}
        >
          <span>Summary</span>
          {onSummary && <span className="agenda-status">now</span>}
        </li>
      </ol>
    </nav>
  );
}
