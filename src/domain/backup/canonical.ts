/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, members whose value is `undefined`
 * left out (as JSON.stringify does), no whitespace; strings and numbers exactly as
 * JSON.stringify writes them. The backup checksum is taken over this text, so the same data
 * always gives the same checksum whatever order its fields were written in.
 *
 * Part of the file format: changing it breaks the checksum of every existing backup.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // Like JSON.stringify: NaN and ±Infinity become null (the schemas refuse them anyway).
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
    default:
      throw new TypeError(`A backup holds only JSON values, not ${typeof value}.`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  const parts: string[] = [];
  for (const item of items) parts.push(item === undefined ? 'null' : canonicalJson(item));
  return `[${parts.join(',')}]`;
}

function canonicalObject(object: object): string {
  const record = object as Record<string, unknown>;
  const parts: string[] = [];
  // Default sort compares UTF-16 code units: the same on every engine, unlike localeCompare.
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${parts.join(',')}}`;
}
