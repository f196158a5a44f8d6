import { z } from 'zod';
import type { BackupFile } from './format';
import {
  commitmentSchema,
  deletionSchema,
  memberSchema,
  planSchema,
  promptSchema,
  responseSchema,
  responseThemeSchema,
  sameShape,
  sessionSchema,
  teamSchema,
  themeSchema,
} from './schemas';
import { BACKUP_FORMAT } from './version';

/** The whole file, format version 2 (after any migration). */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(2),
  appVersion: z.string().max(100),
  exportedAt: z.iso.datetime(),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('team'), teamId: z.string().min(1).max(200) }),
  ]),
  checksum: z.strictObject({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  data: z.strictObject({
    teams: z.array(teamSchema),
    members: z.array(memberSchema),
    prompts: z.array(promptSchema),
    plans: z.array(planSchema),
    sessions: z.array(sessionSchema),
    responses: z.array(responseSchema),
    commitments: z.array(commitmentSchema),
    themes: z.array(themeSchema),
    responseThemes: z.array(responseThemeSchema),
    deletions: z.array(deletionSchema),
  }),
});

sameShape<z.infer<typeof backupFileSchema>, BackupFile>(true);
