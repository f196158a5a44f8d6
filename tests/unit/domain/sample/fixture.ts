// One generated organisation shared by the sample tests (generation takes a few hundred ms).
import { generateSampleData, type SampleData } from '../../../../src/domain/sample/generate';

/** A fixed end of the two years, so tests never depend on the day they run. */
export const NOW = Date.UTC(2026, 4, 15, 12, 0, 0);

let cached: SampleData | null = null;

export function sampleData(): SampleData {
  cached ??= generateSampleData({ now: NOW });
  return cached;
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
