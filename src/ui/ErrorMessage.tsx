/**
 * A full disk. IndexedDB may report it directly, or as the `inner` error of the Dexie
 * AbortError that the failed transaction raises (or as a `cause`), so the chain is followed.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (typeof e.message === 'string' && e.message.includes('QuotaExceeded')) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

export function errorText(error: unknown): string {
  if (isQuotaError(error)) {
    return 'This device is out of storage space. Free some space (for example files, apps or other sites’ data), then try again.';
  }
  if (error instanceof Error) {
    if (error.name === 'ValidationError') return error.message;
    return `Could not save: ${error.message}`;
  }
  return 'Could not save.';
}

export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-message" role="alert" id={id}>
      {errorText(error)}
    </p>
  );
}
