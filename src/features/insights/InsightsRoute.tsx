import { Link } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';

export function InsightsRoute() {
  return (
    <div className="page">
      <h1>Insights</h1>
      <EmptyState title="Nothing to show yet">
        <p>
          After a few huddles, this page shows what keeps coming up, how each pillar is trending and
          whether commitments were kept. <Link to="/facilitate">Run a huddle</Link> to begin.
        </p>
      </EmptyState>
    </div>
  );
}
