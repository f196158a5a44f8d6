/** Saving while typing: 300 ms after the last key, and at least once a second while typing on. */
export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 1000;
/** After a failed save (storage full, database reopening), try again this often. */
export const AUTOSAVE_RETRY_MS = 2000;
