import './reports.css';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTeams } from '../../db/hooks';
import { usePeriodRecord } from '../../db/reports';
import { now } from '../../lib/clock';
import { shownText } from '../../ui/UserText';
import { ReportForm } from './ReportForm';
import { ReportView } from './ReportView';
import { buildPeriodReport } from './reportModel';
import { periodRange, readReportParams, writeReportParams } from './reportParams';
import { formatDay } from './reportText';

/** /reports?team=…&from=…&to=…: one team's huddles over a period, ready to print as a PDF. */
export function ReportRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = useMemo(() => readReportParams(searchParams, now()), [searchParams]);
  const range = periodRange(values);
  const teams = useTeams();
  const record = usePeriodRecord(values.teamId, range?.from, range?.to);
  const report = useMemo(() => (record ? buildPeriodReport(record) : null), [record]);

  const period = range ? `${formatDay(range.from)} – ${formatDay(range.to - 1)}` : '';
  const title = record ? `${shownText(record.team.name)}: huddles ${period}` : 'Period report';

  return (
    <article className="page report-page">
      <div className="report-actions no-print">
        <Link to="/history">Back to history</Link>
        {report && (
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        )}
      </div>
      <h1>{title}</h1>
      {teams && (
        <ReportForm
          // A new address (Back, a bookmark) resets the form to it.
          key={searchParams.toString()}
          teams={teams}
          values={values}
          onApply={(next) => setSearchParams(writeReportParams(next))}
        />
      )}
      {!values.teamId ? (
        <p>Choose a team and a period to see what happened in its huddles.</p>
      ) : record === undefined ? (
        <p className="muted">Loading the report…</p>
      ) : record === null || !report ? (
        <p>{range ? 'That team is not stored on this device.' : 'That period is not valid.'}</p>
      ) : (
        <>
          <p className="report-meta">
            Printed from Parallel Process on {formatDay(now())}. Counts only: no one's answers are
            quoted, and anonymous answers carry no names.
          </p>
          <ReportView report={report} />
        </>
      )}
    </article>
  );
}
