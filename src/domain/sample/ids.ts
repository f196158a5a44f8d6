// Deterministic ids for the sample organisation: UUID v4-shaped strings derived from the seed, so
// the same seed always yields the same records (tests, benchmarks) and ids never come from
// crypto.randomUUID.

/** murmur3's finaliser: a bijection on 32-bit integers, so distinct inputs never collide. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One 32-bit seed from several numbers (a seed plus a team index, a purpose…). */
export function deriveSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) h = mix32(h ^ mix32(part >>> 0));
  return h;
}

const HEX_DIGITS = '0123456789abcdef';
const DASH = 45;
/** Where the 32 hex digits go in xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. */
const DIGIT_AT = Array.from({ length: 36 }, (_, i) => i).filter(
  (i) => ![8, 13, 18, 23].includes(i),
);
/** Character codes of one id, reused: fromCharCode gives a flat string, where `+` builds a tree. */
const CODES: number[] = new Array(36).fill(DASH);

/** Writes the 8 hex digits of `value` as digits word*8 … word*8+7 of the id. */
function writeWord(value: number, word: number): void {
  for (let k = 0; k < 8; k += 1) {
    CODES[DIGIT_AT[word * 8 + k] as number] = HEX_DIGITS.charCodeAt((value >>> (28 - 4 * k)) & 15);
  }
}

/** Makes successive ids for one seed. */
export type IdSource = () => string;

/**
 * Ids from a counter rather than a PRNG stream: the first 32 bits are a bijection of the counter,
 * so one source never repeats itself within 2^32 ids (a 32-bit PRNG drawing 4 words per id would
 * collide by the birthday bound at ~20k ids). The other lanes make ids of different seeds differ.
 */
export function createIdSource(seed: number): IdSource {
  const lanes = [
    deriveSeed(seed, 1),
    deriveSeed(seed, 2),
    deriveSeed(seed, 3),
    deriveSeed(seed, 4),
  ];
  let counter = 0;
  return () => {
    counter += 1;
    const a = mix32((counter + (lanes[0] as number)) >>> 0);
    const b = mix32((counter ^ (lanes[1] as number)) >>> 0);
    const c = mix32((counter + (lanes[2] as number)) >>> 0);
    const d = mix32((counter ^ (lanes[3] as number)) >>> 0);
    // Version nibble 4 and RFC 4122 variant (8–b), like crypto.randomUUID's output.
    const b2 = ((b & 0xffff0fff) | 0x00004000) >>> 0;
    const c2 = ((c & 0x3fffffff) | 0x80000000) >>> 0;
    writeWord(a, 0);
    writeWord(b2, 1);
    writeWord(c2, 2);
    writeWord(d, 3);
    return String.fromCharCode.apply(null, CODES);
  };
}
