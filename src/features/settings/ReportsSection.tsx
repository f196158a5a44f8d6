import { Link } from 'react-router';

/** Leaders find the printable period report here (it has no place in the main navigation). */
export function ReportsSection() {
  return (
    <section className="card" aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports</h2>
      <p>
        A printable report of one team's huddles over a period: attendance, pillars covered, pulse
        averages and what happened to commitments. Counts only; no one's answers.
      </p>
      <p>
        <Link to="/reports">Make a period report</Link>
      </p>
    </section>
  );
}
