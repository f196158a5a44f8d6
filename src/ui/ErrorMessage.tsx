export function errorText(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'ValidationError') return error.message;
    if (error.name === 'QuotaExceededError' || error.message.includes('QuotaExceeded')) {
      return 'This device is out of storage space. Free some space, then try again.';
    }
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
