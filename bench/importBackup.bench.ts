// The backup file of the storage-throughput benchmark, made by the app's own domain code (the
// same canonical JSON, checksum and envelope `exportBackup` writes), bundled for Node by
// bench/import-throughput.mjs. Usage (after bundling): node importBackup.bench.mjs <answers> <out>
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../src/domain/backup/canonical';
import { sha256Hex } from '../src/domain/backup/checksum';
import { type BackupFile, emptyBackupData } from '../src/domain/backup/format';
import { APP_VERSION, BACKUP_FORMAT, FORMAT_VERSION } from '../src/domain/backup/version';
import { BUILT_IN_PLANS } from '../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../src/domain/library/prompts';
import { generateAnswers } from '../src/domain/sample/answers';
import { generateSampleData } from '../src/domain/sample/generate';

const count = Number(process.argv[2] ?? 100_000);
const out = process.argv[3] as string;
const now = Date.UTC(2026, 10, 30, 12);
const sample = generateSampleData({ now });
const data = emptyBackupData();
data.prompts = BUILT_IN_PROMPTS;
data.plans = BUILT_IN_PLANS;
data.teams = sample.teams;
data.members = sample.members;
data.sessions = sample.sessions;
data.commitments = sample.commitments;
data.responses = [
  ...sample.responses,
  ...generateAnswers({
    count: Math.max(0, count - sample.responses.length),
    now,
    teams: sample.teams.map((t) => t.id),
  }),
];
const dataJson = canonicalJson(data);
const header: Omit<BackupFile, 'data'> = {
  format: BACKUP_FORMAT,
  formatVersion: FORMAT_VERSION,
  appVersion: APP_VERSION,
  exportedAt: new Date(now).toISOString(),
  scope: { kind: 'all' },
  checksum: { algorithm: 'SHA-256', value: await sha256Hex(dataJson) },
};
writeFileSync(out, `${JSON.stringify(header).slice(0, -1)},"data":${dataJson}}`);
const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.length]));
console.log(JSON.stringify(counts));
