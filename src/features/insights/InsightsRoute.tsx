import './insights.css';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useHuddleCount, useInsightsTeams } from '../../db/insightsHooks';
import { endOfDay, rangeStart } from '../../domain/insights/range';
import type { Team } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { InsightsControls } from './InsightsControls';
import { useInsightsServices } from './InsightsServices';
import { ALL_TEAMS, type InsightsView, readView, writeView } from './insightsParams';
import { OverviewView } from './OverviewView';
import { TeamView } from './TeamView';

/** What the controls resolve to: the time window asked of the workers. */
export interface InsightsScope {
  view: InsightsView;
  from: number | undefined;
  to: number;
}

/** With no team in the address: the only team, or the overview when there are several. */
function defaultTeam(teams: Team[]): string {
  const active = teams.filter((t) => !t.archived);
  return active.length === 1 && active[0] ? active[0].id : ALL_TEAMS;
}

function NoHuddles({ teamName }: { teamName?: string }) {
  return (
    <EmptyState title={teamName ? `No huddles for ${teamName} yet` : 'No huddles yet'}>
      <p>
        Insights show what keeps coming up across huddles, how each pillar is trending and whether
        commitments were kept. Everything is worked out on this device.
      </p>
      <p>
        <Link to="/facilitate">Run a huddle</Link> to begin, or try it with made-up data: load the
        sample data in <Link to="/settings">Settings</Link>.
      </p>
    </EmptyState>
  );
}

export function InsightsRoute() {
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const teams = useInsightsTeams();
  const { now } = useInsightsServices();
  const team = view.team || (teams ? defaultTeam(teams) : '');
  const selected = teams?.find((t) => t.id === team);
  const overview = team === ALL_TEAMS;
  const huddles = useHuddleCount(overview || !team ? null : team);
  const today = endOfDay(now());
  const { pillar, period, range, theme } = view;
  // One object per distinct view, so the sections' effects see a change only when there is one.
  const scope = useMemo<InsightsScope>(
    () => ({
      view: { team, pillar, period, range, theme },
      from: rangeStart(range, period, today),
      to: today,
    }),
    [team, pillar, period, range, theme, today],
  );

  const change = (patch: Partial<InsightsView>) =>
    setParams(writeView({ ...view, team, ...patch }));

  const loading = teams === undefined || huddles === undefined;
  return (
    <div className="page insights">
      <h1>Insights</h1>
      <p className="lead">
        What keeps coming up, how each pillar is trending and whether the team walks its talk.
        Worked out on this device; answers are never attributed to anyone here.
      </p>
      {teams && teams.length > 0 && (
        <InsightsControls teams={teams} view={view} team={team} onChange={change} />
      )}
      {loading ? (
        <p className="muted">Loading…</p>
      ) : teams.length === 0 || huddles === 0 ? (
        <NoHuddles {...(selected ? { teamName: selected.name } : {})} />
      ) : overview ? (
        <OverviewView scope={scope} />
      ) : selected ? (
        <TeamView key={selected.id} team={selected} scope={scope} onChange={change} />
      ) : (
        <EmptyState title="Team not found">
          <p>
            That team is not on this device. <Link to="/insights">Show all teams</Link>.
          </p>
        </EmptyState>
      )}
    </div>
  );
}
