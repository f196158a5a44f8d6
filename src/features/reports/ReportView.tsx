import { Link } from 'react-router';
import { PILLAR_LABELS } from '../../domain/pillars';
import { UserText } from '../../ui/UserText';
import type { PeriodReport } from './reportModel';
import {
  formatAverage,
  formatDay,
  OUTCOME_LABELS,
  OUTCOME_ORDER,
  plural,
  STATUS_WORDS,
} from './reportText';

/** The report itself: counts and averages, never anyone's words or anonymous names. */
export function ReportView({ report }: { report: PeriodReport }) {
  const { attendance } = report;
  if (report.huddles.length === 0) {
    return <p className="report-empty">No huddles were held in this period.</p>;
  }
  return (
    <>
      <section className="report-section" aria-labelledby="report-overview">
        <h2 id="report-overview">Overview</h2>
        <dl className="facts">
          <dt>Huddles held</dt>
          <dd>
            {report.held}
            {report.closedEarly ? ` (and ${report.closedEarly} closed early)` : ''}
          </dd>
          <dt>Attendance</dt>
          <dd>
            {attendance.average === null
              ? '—'
              : `${formatAverage(attendance.average)} people on average (${attendance.fewest} to ${attendance.most})`}
            {attendance.guests ? `, including ${plural(attendance.guests, 'guest visit')}` : ''}
          </dd>
          <dt>Commitments made</dt>
          <dd>{report.commitments.length}</dd>
        </dl>
      </section>

      <section className="report-section" aria-labelledby="report-pillars">
        <h2 id="report-pillars">Pillars</h2>
        <table className="report-table">
          <caption className="visually-hidden">
            Huddles covering each pillar and the average rating given under it
          </caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">Huddles covering it</th>
              <th scope="col">Average rating (1–5)</th>
            </tr>
          </thead>
          <tbody>
            {report.pillars.map((line) => (
              <tr key={line.pillar}>
                <th scope="row">{PILLAR_LABELS[line.pillar]}</th>
                <td>{line.huddles}</td>
                <td>
                  {line.average === null
                    ? line.ratings === 0
                      ? 'No ratings'
                      : `Withheld (${plural(line.ratings, 'rating')})`
                    : `${formatAverage(line.average)} from ${plural(line.ratings, 'rating')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Averages of pulse and scale answers. With fewer than {report.privacyThreshold} ratings an
          average is withheld, so no one's rating can be worked out.
        </p>
      </section>

      <section className="report-section" aria-labelledby="report-commitments">
        <h2 id="report-commitments">Commitments and what happened to them</h2>
        {report.commitments.length === 0 ? (
          <p>No commitments were made in this period.</p>
        ) : (
          <>
            <ul className="report-outcomes">
              {OUTCOME_ORDER.filter((o) => report.outcomes[o] > 0).map((o) => (
                <li key={o}>
                  {OUTCOME_LABELS[o]}: {report.outcomes[o]}
                </li>
              ))}
            </ul>
            <table className="report-table">
              <caption className="visually-hidden">Commitments made in the period</caption>
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Commitment</th>
                  <th scope="col">Who</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {report.commitments.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDay(c.madeAt)}</td>
                    <td>
                      <UserText text={c.text} />
                    </td>
                    <td>{c.owner ? <UserText text={c.owner} /> : '—'}</td>
                    <td>
                      {OUTCOME_LABELS[c.outcome]}
                      {c.timesCarried ? ` (carried over ${plural(c.timesCarried, 'time')})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-huddles">
        <h2 id="report-huddles">Huddles</h2>
        <table className="report-table">
          <caption className="visually-hidden">Each huddle in the period, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Plan</th>
              <th scope="col">People</th>
              <th scope="col">Answers</th>
              <th scope="col">Passes</th>
              <th scope="col">Commitments</th>
              <th scope="col">Pillars</th>
            </tr>
          </thead>
          <tbody>
            {report.huddles.map((h) => (
              <tr key={h.id}>
                <td>
                  <Link to={`/history/${h.id}`}>{formatDay(h.startedAt)}</Link>
                  {h.status !== 'completed' ? ` (${STATUS_WORDS[h.status].toLowerCase()})` : ''}
                </td>
                <td>
                  <UserText text={h.planName} clamp />
                </td>
                <td>{h.people}</td>
                <td>{h.answers}</td>
                <td>{h.passes}</td>
                <td>{h.commitments}</td>
                <td>{h.pillars.map((p) => PILLAR_LABELS[p]).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
