// Words and numbers for the snapshot list.
import type { SnapshotInfo, SnapshotReason } from '../../db/snapshots';

export const REASON_LABELS: Record<SnapshotReason, string> = {
  'huddle-ended': 'A huddle ended',
  interval: 'During a huddle',
  'before-import': 'Before a restore or import',
  manual: 'Taken by hand',
};

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatSnapshotTime(ms: number): string {
  return when.format(ms);
}

/** The tables people care about, in the words they use. */
const COUNTED: [table: string, one: string, many: string][] = [
  ['teams', 'team', 'teams'],
  ['sessions', 'huddle', 'huddles'],
  ['responses', 'answer', 'answers'],
  ['commitments', 'commitment', 'commitments'],
];

/** "2 teams · 14 huddles · 230 answers · 9 commitments" */
export function describeCounts(counts: SnapshotInfo['counts']): string {
  return COUNTED.map(([table, one, many]) => {
    const n = counts[table] ?? 0;
    return `${n} ${n === 1 ? one : many}`;
  }).join(' · ');
}
