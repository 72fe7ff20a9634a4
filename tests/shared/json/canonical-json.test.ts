import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '../../../shared/json/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0, y: -1.5 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":-1.5,"z":0}}',
    );
  });

  it('does not depend on key insertion order, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reversed = reverseKeys(value);
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('sorts keys by UTF-16 code unit, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, 中: 4, '😀': 5 })).toBe(
      '{"Z":3,"z":2,"é":1,"中":4,"😀":5}',
    );
  });

  it('keeps Unicode text verbatim (no normalisation) and escapes lone surrogates', () => {
    expect(canonicalJson({ t: '最終稿 — café' })).toBe('{"t":"最終稿 — café"}');
    expect(canonicalJson('e\u0301')).not.toBe(canonicalJson('é'));
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
    expect(canonicalJson('line\n"quote"')).toBe('"line\\n\\"quote\\""');
  });

  it('leaves out undefined object fields, as an absent optional field', () => {
    expect(canonicalJson({ a: 1, note: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it.each([
    [{ a: [1, Number.NaN] }, '$.a[1]', 'not a finite number'],
    [{ a: { b: Infinity } }, '$.a.b', 'not a finite number'],
    [[1, undefined], '$[1]', 'undefined'],
    [[1, , 3], '$[1]', 'undefined'], // eslint-disable-line no-sparse-arrays
    [{ d: new Date(0) }, '$.d', 'plain objects'],
    [{ n: 10n }, '$.n', 'bigint'],
    [{ f: () => 1 }, '$.f', 'function'],
  ])('refuses %o clearly (at %s)', (value, path, reason) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(value)).toThrow(`at ${path}: `);
    expect(() => canonicalJson(value)).toThrow(reason);
  });

  it('refuses cycles but accepts a shared sub-object', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow('cycle');
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reverseKeys);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}
