// Versions written into every backup file. See docs/BACKUP-FORMAT.md.

/** The app's version (package.json "version"); a unit test keeps the two in step. */
export const APP_VERSION = '0.1.0';

/** The `format` marker that tells our backup files apart from any other JSON. Never change it. */
export const BACKUP_FORMAT = 'parallel-process-backup';

/**
 * The backup format version this app writes. Any change to the shape of a backed-up record or of
 * the envelope needs a new version AND a migration from the previous one in `migrations.ts`.
 */
export const FORMAT_VERSION = 2;

/** The oldest format version this app can still read (through the migration chain). */
export const OLDEST_FORMAT_VERSION = 1;
