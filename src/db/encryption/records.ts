// Sealing and opening the encrypted fields of one record. Records are never changed in place:
// callers (and Dexie's cache) may still hold the object they passed or received.
import { decodeJson, encodeJson, openBytes, sealBytes } from './cryptoBox';
import { type Envelope, isEnvelope } from './envelope';
import { LockedError } from './errors';
import { encryptedFieldsOf } from './fields';
import { keyFor } from './keyring';

type Row = Record<string, unknown>;

/** Authenticated label: table, field and record id. Changing it makes stored data unreadable. */
function label(table: string, field: string, id: unknown): string {
  return `pp:${table}:${field}:${String(id)}`;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

/** True when any encrypted field of the record holds an envelope. */
export function hasSealedField(table: string, value: unknown): boolean {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return false;
  return fields.some((field) => isEnvelope(value[field]));
}

/** True when any encrypted field holds a plain value (undefined counts as nothing stored). */
export function hasPlainField(table: string, value: unknown): boolean {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return false;
  return fields.some((field) => value[field] !== undefined && !isEnvelope(value[field]));
}

/** True when some field is sealed with a key other than `keyId` (a passphrase change is due). */
export function hasFieldSealedWithOtherKey(table: string, value: unknown, keyId: string): boolean {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return false;
  return fields.some((field) => {
    const v = value[field];
    return isEnvelope(v) && v.k !== keyId;
  });
}

/** Bytes of a binary value. Tags, not instanceof: values may come from another JS realm. */
async function plainBytes(value: unknown): Promise<Uint8Array<ArrayBuffer> | null> {
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object ArrayBuffer]') return new Uint8Array(value as ArrayBuffer);
  if (ArrayBuffer.isView(value)) {
    // A copy: the view may cover a shared or larger buffer.
    const copy = new Uint8Array(value.byteLength);
    copy.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return copy;
  }
  if (tag === '[object Blob]' || tag === '[object File]') {
    return new Uint8Array(await (value as Blob).arrayBuffer());
  }
  return null;
}

async function sealField(
  key: CryptoKey,
  keyId: string,
  value: unknown,
  fieldLabel: string,
): Promise<Envelope> {
  const bytes = await plainBytes(value);
  if (bytes) return { ...(await sealBytes(key, keyId, bytes, fieldLabel)), t: 'b' };
  return sealBytes(key, keyId, encodeJson(value), fieldLabel);
}

/**
 * A copy of `value` with every plain encrypted field sealed with the given key, and any field
 * sealed with another key re-sealed. Envelopes already under `keyId` are kept.
 */
export async function sealRecord(
  table: string,
  value: unknown,
  key: CryptoKey,
  keyId: string,
  primaryKey: unknown,
): Promise<unknown> {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return value;
  const out: Row = { ...value };
  await Promise.all(
    fields.map(async (field) => {
      let plain = value[field];
      if (plain === undefined) return;
      if (isEnvelope(plain)) {
        if (plain.k === keyId) return;
        plain = await openField(plain, label(table, field, primaryKey));
      }
      out[field] = await sealField(key, keyId, plain, label(table, field, primaryKey));
    }),
  );
  return out;
}

async function openField(envelope: Envelope, fieldLabel: string): Promise<unknown> {
  const key = keyFor(envelope.k);
  if (!key) throw new LockedError();
  const bytes = await openBytes(key, envelope, fieldLabel);
  return envelope.t === 'b' ? bytes : decodeJson(bytes);
}

/** A copy of `value` with every sealed field opened; LockedError when its key is not in memory. */
export async function openRecord(
  table: string,
  value: unknown,
  primaryKey: unknown,
): Promise<unknown> {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return value;
  const out: Row = { ...value };
  await Promise.all(
    fields.map(async (field) => {
      const sealed = value[field];
      if (isEnvelope(sealed)) out[field] = await openField(sealed, label(table, field, primaryKey));
    }),
  );
  return out;
}

/** Throws LockedError at once (before any crypto) when a sealed field's key is not in memory. */
export function assertOpenable(table: string, value: unknown): void {
  const fields = encryptedFieldsOf(table);
  if (!fields || !isRow(value)) return;
  for (const field of fields) {
    const v = value[field];
    if (isEnvelope(v) && !keyFor(v.k)) throw new LockedError();
  }
}
