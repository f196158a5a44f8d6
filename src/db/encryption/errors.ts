/**
 * Thrown by every read that meets encrypted data while the key is not in memory, and by writes
 * that would store plain text while the lock is on. Throwing (rather than returning a placeholder)
 * means a locked read can never be mistaken for real text and written back over the ciphertext.
 */
export class LockedError extends Error {
  constructor(message = 'The app is locked: enter the passphrase to read or change this data.') {
    super(message);
    this.name = 'LockedError';
  }
}

export function isLockedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'LockedError';
}

/** The passphrase does not open the stored key check (wrong passphrase). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not right.');
    this.name = 'WrongPassphraseError';
  }
}
