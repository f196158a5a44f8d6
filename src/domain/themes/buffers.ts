// Growable typed arrays: the engine counts millions of words, and plain arrays of numbers or
// objects would cost several times the memory and time.

type Growable = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/** A copy at least `minLength` long (half as long again, or more), new slots set to `fill`. */
export function grow<T extends Growable>(array: T, minLength: number, fill = 0): T {
  if (array.length >= minLength) return array;
  const Kind = array.constructor as new (length: number) => T;
  const next = new Kind(Math.max(minLength, Math.ceil(array.length * 1.5)));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

export function growInt32(
  array: Int32Array<ArrayBuffer>,
  minLength: number,
  fill = 0,
): Int32Array<ArrayBuffer> {
  return grow(array, minLength, fill);
}

export function growUint8(
  array: Uint8Array<ArrayBuffer>,
  minLength: number,
): Uint8Array<ArrayBuffer> {
  return grow(array, minLength);
}
