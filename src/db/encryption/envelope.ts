/**
 * The encrypted form of one field: it replaces the field's value in the stored record, so every
 * record says for itself which of its fields are encrypted (an interrupted migration leaves each
 * record either plain or sealed, never in between).
 *
 * Changing this shape needs a migration: stored records hold it.
 */
export interface Envelope {
  __enc: 1;
  /** Id of the data key that sealed it (a passphrase change rotates the key). */
  k: string;
  /** Fresh random 96-bit AES-GCM IV, never reused with the same key. */
  iv: Uint8Array<ArrayBuffer>;
  /** AES-GCM ciphertext + 128-bit tag. */
  data: ArrayBuffer;
  /** 'b' when the plain value is bytes (ArrayBuffer/Blob); absent for a JSON value. */
  t?: 'b';
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __enc?: unknown }).__enc === 1 &&
    typeof (value as { k?: unknown }).k === 'string'
  );
}
