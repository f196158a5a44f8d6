import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compressText,
  decompressText,
  isGzipSupported,
  looksGzipped,
} from '../../../src/lib/compression';

const SAMPLE = JSON.stringify({
  format: 'parallel-process-backup',
  data: {
    responses: Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, text: 'Ça va 👍 ok' })),
  },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('compression', () => {
  it('gzips and reads back exactly the same text (non-ASCII included)', async () => {
    expect(isGzipSupported()).toBe(true);
    const packed = await compressText(SAMPLE);
    expect(packed.encoding).toBe('gzip');
    expect(looksGzipped(packed.bytes)).toBe(true);
    expect(packed.bytes.byteLength).toBeLessThan(SAMPLE.length / 5);
    await expect(decompressText(packed.bytes.buffer, packed.encoding)).resolves.toBe(SAMPLE);
    // The magic number is enough even without the flag.
    await expect(decompressText(packed.bytes)).resolves.toBe(SAMPLE);
  });

  it('round-trips an empty text', async () => {
    const packed = await compressText('');
    await expect(decompressText(packed.bytes, packed.encoding)).resolves.toBe('');
  });

  it('falls back to plain UTF-8, flagged, where CompressionStream is missing', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    expect(isGzipSupported()).toBe(false);
    const packed = await compressText(SAMPLE);
    expect(packed.encoding).toBe('identity');
    expect(looksGzipped(packed.bytes)).toBe(false);
    await expect(decompressText(packed.bytes, 'identity')).resolves.toBe(SAMPLE);
  });

  it('says plainly when a gzipped snapshot cannot be opened in this browser', async () => {
    const packed = await compressText(SAMPLE);
    vi.stubGlobal('DecompressionStream', undefined);
    await expect(decompressText(packed.bytes, 'gzip')).rejects.toThrow(/cannot decompress/);
  });
});
