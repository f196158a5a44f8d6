import type { z } from 'zod';
import { type BackupTable, TABLE_LABELS } from './format';

const MAX_NAME = 60;

function fieldName(path: readonly PropertyKey[]): string {
  const name = path.map(String).join('.');
  return `“${name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name}”`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    // Own properties only: a key such as "__proto__" must not reach the prototype.
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isTable(name: unknown): name is BackupTable {
  return typeof name === 'string' && Object.hasOwn(TABLE_LABELS, name);
}

/** Says where a validation problem is ("Answers, record 13") and what it is, for people. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const [top, table, index, ...field] = issue.path;
  const inRecord = top === 'data' && isTable(table) && typeof index === 'number';
  const where = inRecord ? `${TABLE_LABELS[table]}, record ${index + 1}` : 'the file header';
  const path = inRecord ? field : issue.path;
  const what = path.length ? fieldName(path) : 'it';
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined
        ? `${where}: ${what} is missing`
        : `${where}: ${what} has the wrong type (expected ${issue.expected})`;
    case 'unrecognized_keys':
      return `${where}: ${what} has a field this app does not know (${fieldName(issue.keys.slice(0, 3))})`;
    case 'too_big':
      return `${where}: ${what} is too long`;
    case 'too_small':
      return `${where}: ${what} is empty or too small`;
    case 'invalid_value':
    case 'invalid_union':
      return `${where}: ${what} has a value this app does not know`;
    default:
      return `${where}: ${what} is not valid`;
  }
}
