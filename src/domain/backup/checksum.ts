import { canonicalJson } from './canonical';

/** Hex SHA-256 of a text's UTF-8 bytes (WebCrypto: browsers, workers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The checksum written into a backup: SHA-256 of the canonical JSON of its `data`. */
export function dataChecksum(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}
