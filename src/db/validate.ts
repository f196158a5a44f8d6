/** A write was refused because its input is not acceptable; the message is for people. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

export const MAX_NAME_LENGTH = 80;
export const MAX_TEXT_LENGTH = 5000;

/** Trims and checks a short display name (team, member, plan, theme). */
export function cleanName(value: string, what: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw new ValidationError(`${what} cannot be empty.`);
  if (name.length > MAX_NAME_LENGTH) {
    throw new ValidationError(`${what} is too long (at most ${MAX_NAME_LENGTH} characters).`);
  }
  return name;
}

/** Checks free text (answers, prompts, commitments); keeps the person's own line breaks. */
export function cleanText(value: string, what: string, { allowEmpty = false } = {}): string {
  const text = value.replace(/\r\n/g, '\n');
  if (!allowEmpty && !text.trim()) throw new ValidationError(`${what} cannot be empty.`);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ValidationError(`${what} is too long (at most ${MAX_TEXT_LENGTH} characters).`);
  }
  return text;
}

export function requireFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ValidationError(`${what} was not found.`);
  return value;
}
