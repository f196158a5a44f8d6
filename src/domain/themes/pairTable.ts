// An open-addressing hash table from a pair of non-negative integers to an id. Phrases are
// interned as (prefix phrase id, next stem id): typed arrays keep millions of them in a few
// dozen megabytes, where a Map keyed by strings or large numbers would allocate per entry.

const EMPTY = -1;

export class PairTable {
  private keyA: Int32Array;
  private keyB: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacityPow2 = 1 << 16) {
    this.keyA = new Int32Array(capacityPow2);
    this.keyB = new Int32Array(capacityPow2);
    this.ids = new Int32Array(capacityPow2).fill(EMPTY);
    this.mask = capacityPow2 - 1;
  }

  /** The id of (a, b), or -1. */
  get(a: number, b: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === EMPTY) return EMPTY;
      if (this.keyA[slot] === a && this.keyB[slot] === b) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of (a, b); when new, stores and returns `nextId`. */
  intern(a: number, b: number, nextId: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === EMPTY) break;
      if (this.keyA[slot] === a && this.keyB[slot] === b) return id;
      slot = (slot + 1) & this.mask;
    }
    this.keyA[slot] = a;
    this.keyB[slot] = b;
    this.ids[slot] = nextId;
    this.size += 1;
    // Half full at most, so probes stay short.
    if (this.size * 2 > this.mask) this.grow();
    return nextId;
  }

  private grow(): void {
    const { keyA, keyB, ids } = this;
    const capacity = ids.length * 2;
    this.keyA = new Int32Array(capacity);
    this.keyB = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      if (id === EMPTY) continue;
      const a = keyA[i]!;
      const b = keyB[i]!;
      let slot = hash(a, b) & this.mask;
      while (this.ids[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keyA[slot] = a;
      this.keyB[slot] = b;
      this.ids[slot] = id;
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
