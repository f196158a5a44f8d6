import './backup.css';
import { useEffect, useId, useRef, useState } from 'react';
import {
  ALL_TEAMS,
  applyImport,
  type CsvFile,
  type ExportedFile,
  exportAnswersCsv,
  exportBackup,
  exportCommitmentsCsv,
  LAST_EXPORT_SETTING,
  previewImport,
  readBackupFile,
  recordExport,
} from '../../db/backup';
import { useTeams } from '../../db/hooks';
import { readSetting } from '../../db/settings';
import { takeSnapshot } from '../../db/snapshots';
import { BackupError } from '../../domain/backup/errors';
import { BACKUP_TABLES, type BackupFile, TABLE_LABELS } from '../../domain/backup/format';
import type { ImportSummary } from '../../domain/backup/merge';
import { backupDescription, importResultText } from '../../domain/backup/summaryText';
import { downloadBlob } from '../../lib/download';
import { formatBytes } from '../../lib/format';
import { errorText, isQuotaError } from '../../ui/ErrorMessage';
import { optionText } from '../../ui/UserText';

function problemText(error: unknown, doing: string): string {
  if (error instanceof BackupError) return error.message;
  // A full disk reaches here wrapped (a Dexie AbortError, or rebuilt from a worker's message):
  // the app's own words say what to do; the browser's error name says nothing to a person.
  if (isQuotaError(error)) return errorText(error);
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${doing}: ${detail}`;
}

function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Settings › Back up and restore: backup files, spreadsheet exports and importing a backup. */
export function BackupSection() {
  return (
    <section className="card backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p>
        Everything stays on this device until you export it. A backup file holds names and
        reflections: keep it somewhere as safe as a case file, and delete copies you no longer need.
      </p>
      <ExportPanel />
      <ImportPanel />
    </section>
  );
}

function ExportPanel() {
  const teams = useTeams();
  const selectId = useId();
  const [teamId, setTeamId] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [lastExportAt, setLastExportAt] = useState<number | null>(null);
  const chosenTeam = teams?.find((t) => t.id === teamId) ?? teams?.[0];

  useEffect(() => {
    void readSetting<number | null>(LAST_EXPORT_SETTING, null).then(setLastExportAt);
  }, []);

  /** `everything`: a full backup, the only kind that resets the backup reminder. */
  async function run(make: () => Promise<ExportedFile | CsvFile>, everything: boolean) {
    setBusy(true);
    setError('');
    setNotice('');
    try {
      const file = await make();
      downloadBlob(file.blob, file.fileName);
      if (everything) {
        await recordExport();
        setLastExportAt(await readSetting<number | null>(LAST_EXPORT_SETTING, null));
      }
      setNotice(`Saved ${file.fileName} (${formatBytes(file.blob.size)}) to your downloads.`);
    } catch (e) {
      setError(problemText(e, 'export'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="backup-part">
      <h3>Make a backup</h3>
      <p className="muted">
        {lastExportAt
          ? `Last backup: ${formatTime(lastExportAt)}.`
          : 'No backup made on this device yet.'}
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => exportBackup(ALL_TEAMS), true)}
        >
          Export everything
        </button>
      </div>
      <div className="inline-form">
        <label htmlFor={selectId}>Team</label>
        <select
          id={selectId}
          value={chosenTeam?.id ?? ''}
          onChange={(e) => setTeamId(e.target.value)}
          disabled={!teams?.length}
        >
          {teams?.length === 0 && <option value="">No teams yet</option>}
          {teams?.map((t) => (
            <option key={t.id} value={t.id}>
              {optionText(t.name)}
              {t.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={busy || !chosenTeam}
          onClick={() =>
            chosenTeam &&
            void run(() => exportBackup({ kind: 'team', teamId: chosenTeam.id }), false)
          }
        >
          Export one team
        </button>
      </div>
      <h3>For a spreadsheet</h3>
      <p className="muted">
        Every team’s answers or commitments as a CSV file to open in a spreadsheet. Anonymous
        answers name nobody. These files are for reading: they cannot be imported back.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(exportAnswersCsv, false)}
        >
          Export answers (CSV)
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(exportCommitmentsCsv, false)}
        >
          Export commitments (CSV)
        </button>
      </div>
      <p role="status" className="backup-status">
        {busy ? 'Preparing the file…' : notice}
      </p>
      {error && (
        <p role="alert" className="error-message">
          {error}
        </p>
      )}
    </div>
  );
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'failed'; message: string }
  | { phase: 'preview'; backup: BackupFile; summary: ImportSummary }
  | { phase: 'applying'; backup: BackupFile; summary: ImportSummary }
  | { phase: 'done'; message: string };

function ImportPanel() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  useEffect(() => {
    // Move focus to what appeared, so keyboard and screen-reader users land on it.
    if (state.phase === 'preview') previewHeading.current?.focus();
    if (state.phase === 'done') doneMessage.current?.focus();
  }, [state.phase]);

  function reset() {
    if (input.current) input.current.value = '';
    setState({ phase: 'idle' });
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setState({ phase: 'checking' });
    try {
      const backup = await readBackupFile(file);
      setState({ phase: 'preview', backup, summary: await previewImport(backup) });
    } catch (e) {
      if (input.current) input.current.value = '';
      setState({ phase: 'failed', message: problemText(e, 'read this file') });
    }
  }

  async function apply(backup: BackupFile, summary: ImportSummary) {
    setState({ phase: 'applying', backup, summary });
    try {
      // A safety copy first: if the merge is not what the person wanted, a snapshot restore
      // undoes it. Without one, nothing is imported.
      await takeSnapshot('before-import');
    } catch (e) {
      setState({
        phase: 'failed',
        message: `Could not keep a safety copy of your current data, so nothing was imported. ${problemText(e, 'take a snapshot')}`,
      });
      return;
    }
    try {
      const result = await applyImport(backup);
      if (input.current) input.current.value = '';
      setState({ phase: 'done', message: importResultText(result) });
    } catch (e) {
      setState({
        phase: 'failed',
        message: `${problemText(e, 'import')} Nothing was changed.`,
      });
    }
  }

  const showing = state.phase === 'preview' || state.phase === 'applying' ? state : null;
  return (
    <div className="backup-part">
      <h3>Restore from a backup</h3>
      <p className="muted">
        Importing merges the file into what is here: for each record the newer version wins, and
        deletions recorded in the file are applied. Nothing changes until you press “Apply import”,
        and a snapshot of your current data is taken first.
      </p>
      <label htmlFor={inputId}>Choose a backup file</label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={state.phase === 'checking' || state.phase === 'applying'}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <p role="status" className="backup-status">
        {state.phase === 'checking' ? 'Checking the file…' : ''}
        {state.phase === 'applying' ? 'Importing…' : ''}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="error-message">
          {state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <p ref={doneMessage} tabIndex={-1} className="backup-done">
          {state.message}
        </p>
      )}
      {showing && (
        <ImportPreview
          headingRef={previewHeading}
          backup={showing.backup}
          summary={showing.summary}
          busy={state.phase === 'applying'}
          onApply={() => void apply(showing.backup, showing.summary)}
          onCancel={reset}
        />
      )}
    </div>
  );
}

const COLUMNS = [
  ['new', 'New'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['conflicts', 'Conflicts'],
  ['deletions', 'To delete'],
] as const;

function ImportPreview(props: {
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  backup: BackupFile;
  summary: ImportSummary;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { backup, summary } = props;
  const teamName = backup.scope.kind === 'team' ? backup.data.teams[0]?.name : undefined;
  const captionId = useId();
  return (
    <div className="backup-preview">
      <h4 ref={props.headingRef} tabIndex={-1}>
        Before you import
      </h4>
      <p>{backupDescription(backup, teamName)}</p>
      {summary.changes === 0 && (
        <p>Everything in this file is already here: importing changes nothing.</p>
      )}
      {/* Six columns do not fit a phone: the table scrolls sideways in its own region, which
          keyboard users can focus to scroll (data tables are WCAG 1.4.10's named exception). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable. */}
      <section className="backup-table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="backup-table">
          <caption id={captionId}>What the import will do, by kind of record</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              {COLUMNS.map(([key, label]) => (
                <th scope="col" key={key}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {BACKUP_TABLES.map((table) => (
              <tr key={table}>
                <th scope="row">{TABLE_LABELS[table]}</th>
                {COLUMNS.map(([key]) => (
                  <td key={key}>{summary.tables[table][key].toLocaleString()}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted">
        Conflicts are records changed both here and in the file where the change here is newer (or
        the record was deleted here later): the version on this device is kept.
      </p>
      <div className="button-row">
        <button type="button" disabled={props.busy} onClick={props.onApply}>
          Apply import
        </button>
        <button type="button" className="secondary" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
