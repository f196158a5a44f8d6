// Gzip with the browser's own CompressionStream: no library, nothing leaves the device. Browsers
// without it (Safari before 16.4) store the bytes as they are, and say so with the encoding, so a
// snapshot is always readable back whichever browser wrote it.

export type Encoding = 'gzip' | 'identity';

export interface Packed {
  bytes: Uint8Array<ArrayBuffer>;
  encoding: Encoding;
}

/** Every gzip stream starts with these two bytes; JSON text never does. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzipSupported(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/**
 * Pushes bytes through a transform stream and collects what comes out. Reading and writing run
 * together so a large input cannot fill the stream's queue and stall.
 */
async function pipeThrough(
  input: Uint8Array<ArrayBuffer>,
  transform: TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = transform.writable.getWriter();
  const writing = writer.write(input).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  const reader = transform.readable.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  await writing;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Text → gzip bytes, or plain UTF-8 bytes flagged 'identity' where gzip is unavailable. */
export async function compressText(text: string): Promise<Packed> {
  const bytes = new TextEncoder().encode(text);
  if (!isGzipSupported()) return { bytes, encoding: 'identity' };
  const stream = new CompressionStream('gzip') as unknown as TransformStream<
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>
  >;
  return { bytes: await pipeThrough(bytes, stream), encoding: 'gzip' };
}

export function looksGzipped(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Bytes → text. The encoding flag is trusted only as far as the bytes agree: gzip is recognised
 * by its magic number, so data written without a flag (or with a wrong one) still reads back.
 */
export async function decompressText(
  data: ArrayBuffer | Uint8Array<ArrayBuffer>,
  encoding?: Encoding,
): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const gzipped = encoding === 'gzip' || looksGzipped(bytes);
  if (!gzipped) return new TextDecoder().decode(bytes);
  if (!isGzipSupported()) {
    throw new Error(
      'This snapshot is compressed and this browser cannot decompress it. Open the app in a ' +
        'current version of Chrome, Edge, Firefox or Safari to restore it.',
    );
  }
  const stream = new DecompressionStream('gzip') as unknown as TransformStream<
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>
  >;
  return new TextDecoder().decode(await pipeThrough(bytes, stream));
}
