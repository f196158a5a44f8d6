import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import pkg from '../../../../package.json';
import { canonicalJson } from '../../../../src/domain/backup/canonical';
import { sha256Hex } from '../../../../src/domain/backup/checksum';
import { APP_VERSION } from '../../../../src/domain/backup/version';

describe('canonical JSON', () => {
  it('sorts keys by code unit, leaves out undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, undefined], Z: 'x', c: undefined })).toBe(
      '{"Z":"x","a":[true,null,null],"b":1}',
    );
  });

  it('is the same whatever order the fields were written in, and parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value), function (this: unknown, _k, v) {
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            return Object.fromEntries(Object.entries(v).reverse());
          }
          return v;
        });
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a "__proto__" key as plain data', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hashes UTF-8 with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('app version', () => {
  it('matches package.json (bump both together)', () => {
    expect(APP_VERSION).toBe(pkg.version);
  });
});
