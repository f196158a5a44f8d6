// WebCrypto primitives: PBKDF2-SHA-256 for the passphrase, AES-GCM (256-bit) for everything else.
import type { Envelope } from './envelope';

/**
 * PBKDF2-SHA-256 iterations for new passphrases (OWASP 2023 minimum). Stored with the salt, so
 * raising it later only affects passphrases set after the change.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** 96-bit IVs: the size AES-GCM is specified for. */
export const IV_BYTES = 12;

const AES = { name: 'AES-GCM', length: 256 } as const;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A short random id naming a data key in envelopes. */
export function newKeyId(): string {
  return [...randomBytes(6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The passphrase key: wraps the data keys and seals the key check. Never stored, never extractable. */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    AES,
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

/** A fresh data key, extractable only so it can be wrapped once; use the unwrapped copy after. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
}

function aad(label: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(label);
}

export async function wrapDataKey(
  dataKey: CryptoKey,
  passphraseKey: CryptoKey,
  keyId: string,
): Promise<Envelope> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.wrapKey('raw', dataKey, passphraseKey, {
    name: 'AES-GCM',
    iv,
    additionalData: aad(`pp:data-key:${keyId}`),
  });
  return { __enc: 1, k: 'passphrase', iv, data, t: 'b' };
}

/** The data key, non-extractable unless a passphrase change needs to re-wrap it. */
export function unwrapDataKey(
  wrapped: Envelope,
  passphraseKey: CryptoKey,
  keyId: string,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.data,
    passphraseKey,
    { name: 'AES-GCM', iv: wrapped.iv, additionalData: aad(`pp:data-key:${keyId}`) },
    AES,
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seals bytes. `label` is authenticated (not stored): it binds the ciphertext to its table,
 * field and record, so an envelope copied onto another record fails to open.
 */
export async function sealBytes(
  key: CryptoKey,
  keyId: string,
  bytes: Uint8Array<ArrayBuffer> | ArrayBuffer,
  label: string,
): Promise<Envelope> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(label) },
    key,
    bytes,
  );
  return { __enc: 1, k: keyId, iv, data };
}

export function openBytes(key: CryptoKey, envelope: Envelope, label: string): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: envelope.iv, additionalData: aad(label) },
    key,
    envelope.data,
  );
}

export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson(bytes: ArrayBuffer): unknown {
  return JSON.parse(decoder.decode(bytes));
}
