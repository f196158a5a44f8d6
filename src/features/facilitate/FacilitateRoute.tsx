import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useActiveSessions, usePlans, usePrompts, useTeamSessions, useTeams } from '../../db/hooks';
import { timeBoxText } from '../../domain/huddle/agenda';
import { PILLAR_INFO } from '../../domain/library/pillars';
import { plansEstimatedMinutes } from '../../domain/library/planSteps';
import {
  indexPrompts,
  leastRecentPillar,
  promptUsesFromSessions,
} from '../../domain/library/rotation';
import { PILLARS, type Pillar } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { openHuddle, planDrawsPillar } from './startHuddle';
import './facilitate.css';
import { optionText, shownText, UserText } from '../../ui/UserText';

/** Choose a team, a plan and (for pillar plans) a focus, then open the lobby. */
export function FacilitateRoute() {
  const teams = useTeams();
  const plans = usePlans();
  const prompts = usePrompts();
  const active = useActiveSessions();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ids = { team: useId(), pillar: useId() };

  const liveTeams = useMemo(() => (teams ?? []).filter((t) => !t.archived), [teams]);
  const [teamId, setTeamId] = useState(params.get('team') ?? '');
  const [planId, setPlanId] = useState('bi-plan-weekly');
  const [pillar, setPillar] = useState<Pillar | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!teamId && liveTeams.length === 1 && liveTeams[0]) setTeamId(liveTeams[0].id);
  }, [teamId, liveTeams]);

  const past = useTeamSessions(teamId || undefined, 12);
  const suggestedPillar = useMemo(
    () =>
      prompts && past
        ? leastRecentPillar(indexPrompts(prompts), promptUsesFromSessions(past))
        : null,
    [prompts, past],
  );
  const focus = pillar ?? suggestedPillar ?? 'relationships';

  if (teams === undefined || plans === undefined) return <p className="page">Loading…</p>;
  if (liveTeams.length === 0) {
    return (
      <div className="page">
        <h1>Facilitate a huddle</h1>
        <EmptyState title="Create a team first">
          <p>
            A huddle belongs to a team. <Link to="/">Create a team</Link>, then come back here to
            start.
          </p>
        </EmptyState>
      </div>
    );
  }

  const livePlans = plans.filter((p) => !p.retired);
  const plan = livePlans.find((p) => p.id === planId) ?? livePlans[0];
  const teamActive = active?.find((s) => s.teamId === teamId);

  async function start() {
    if (!plan || !teamId) return;
    setBusy(true);
    try {
      const session = await openHuddle(teamId, plan, focus);
      navigate(`/facilitate/${session.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <div className="page facilitate-setup">
      <h1>Facilitate a huddle</h1>
      {active && active.length > 0 && (
        <section className="card" aria-labelledby="in-progress-heading">
          <h2 id="in-progress-heading">Huddles in progress</h2>
          <ul>
            {active.map((s) => (
              <li key={s.id}>
                <UserText text={teams.find((t) => t.id === s.teamId)?.name ?? 'A team'} clamp /> ·{' '}
                <UserText text={s.planName} clamp /> ·{' '}
                <Link to={`/facilitate/${s.id}`}>
                  Resume <span className="visually-hidden">{shownText(s.planName)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="form-grid">
        <div>
          <label htmlFor={ids.team}>Team</label>
          <select id={ids.team} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">Choose a team…</option>
            {liveTeams.map((t) => (
              <option key={t.id} value={t.id}>
                {optionText(t.name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="plan-picker">
        <legend>Plan</legend>
        <div className="plan-options">
          {livePlans.map((p) => (
            <label key={p.id} className="plan-option">
              <input
                type="radio"
                name="plan"
                value={p.id}
                checked={plan?.id === p.id}
                onChange={() => setPlanId(p.id)}
              />
              <span className="plan-name">
                <UserText text={p.name} clamp />
              </span>
              <span className="muted">
                about {plansEstimatedMinutes(p)} minutes · {p.steps.length} steps
              </span>
              <span className="plan-description">
                <UserText text={p.description} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {plan && planDrawsPillar(plan) && (
        <div>
          <label htmlFor={ids.pillar}>Focus pillar</label>
          <select
            id={ids.pillar}
            value={focus}
            onChange={(e) => setPillar(e.target.value as Pillar)}
          >
            {PILLARS.map((p) => (
              <option key={p} value={p}>
                {PILLAR_INFO[p].label}
                {p === suggestedPillar ? ' (longest since last time)' : ''}
              </option>
            ))}
          </select>
          <p className="muted">{PILLAR_INFO[focus].summary}</p>
        </div>
      )}
      {plan && (
        <section aria-labelledby="plan-steps-heading">
          <h2 id="plan-steps-heading">What will happen</h2>
          <ol className="plan-steps">
            {plan.steps.map((s) => (
              <li key={s.id}>
                {s.title} <span className="muted">· {timeBoxText(s.timeBoxSec)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {teamActive ? (
        <p className="card">
          This team already has a huddle in progress.{' '}
          <Link to={`/facilitate/${teamActive.id}`}>Resume it</Link> or close it from{' '}
          <Link to="/">Teams</Link>.
        </p>
      ) : (
        <div className="button-row">
          <button type="button" disabled={!teamId || !plan || busy} onClick={() => void start()}>
            Open the huddle
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
