/**
 * The fields encrypted at rest while a passphrase is set. None of them is indexed (queries on
 * team, time, pillar and prompt keep working). Changing this list needs a migration run.
 *
 * snapshots.data is included because a snapshot is a whole backup (every answer) compressed.
 * Member and team names are not: they are indexed ([teamId+name], name).
 */
export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  responses: ['text', 'feelings'],
  commitments: ['text', 'owner'],
  themes: ['label', 'keywords'],
  snapshots: ['data'],
  // Theme labels and evidence ids are worked out from answer text (src/db/analysisCache.ts).
  analysisCache: ['value'],
  // A draft holds what a person typed: a commitment (text, owner) or agreements.
  drafts: ['value'],
};

/** Migration order; a stored migration progress names one of these. */
export const ENCRYPTED_TABLES = Object.keys(ENCRYPTED_FIELDS);

export function encryptedFieldsOf(table: string): readonly string[] | undefined {
  return ENCRYPTED_FIELDS[table];
}
