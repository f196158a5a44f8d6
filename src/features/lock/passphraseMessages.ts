import { isLockedError } from '../../db/encryption/errors';

/** What to say when a passphrase was refused or the attempt failed. */
export function passphraseErrorText(error: unknown): string {
  if (error instanceof Error && error.name === 'WrongPassphraseError') {
    return 'That passphrase is not right. Check it (capital letters count) and try again.';
  }
  if (isLockedError(error)) return 'The app is locked. Unlock it first.';
  return 'Something went wrong. Try again, or reload the page.';
}
