/**
 * Canonical JSON: one byte-exact text per value, so a payload hashes the same on every device and
 * on the hub. Object keys are sorted (by UTF-16 code unit, as in RFC 8785), there is no
 * whitespace, numbers and strings are written as `JSON.stringify` writes them. Strings are kept
 * verbatim — never Unicode-normalised — because draft and final texts are evidence.
 *
 * Values JSON cannot represent faithfully are refused with the path to the culprit instead of
 * being silently changed (as `JSON.stringify` would turn NaN or an array hole into `null`).
 */

/** Thrown for a value that has no faithful canonical JSON form. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';

  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot write canonical JSON at ${path}: ${reason}`);
  }
}

/** The canonical JSON text of `value`. Throws {@link CanonicalJsonError}. */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set<object>());
}

function write(value: unknown, path: string, open: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(path, `${value} is not a finite number`);
      }
      return JSON.stringify(value); // -0 is written 0, like every JSON writer
    case 'object':
      if (value === null) {
        return 'null';
      }
      return writeContainer(value, path, open);
    default:
      throw new CanonicalJsonError(path, `${typeof value} is not a JSON value`);
  }
}

function writeContainer(value: object, path: string, open: Set<object>): string {
  if (open.has(value)) {
    throw new CanonicalJsonError(path, 'the value contains itself (a cycle)');
  }
  open.add(value);
  try {
    return Array.isArray(value) ? writeArray(value, path, open) : writeObject(value, path, open);
  } finally {
    open.delete(value); // shared, non-cyclic sub-objects are fine
  }
}

function writeArray(items: readonly unknown[], path: string, open: Set<object>): string {
  const parts: string[] = [];
  // An index loop, not map(): map() skips holes, which must be refused like undefined.
  for (let i = 0; i < items.length; i += 1) {
    const item: unknown = items[i];
    if (item === undefined) {
      throw new CanonicalJsonError(`${path}[${i}]`, 'undefined (or a hole) in an array');
    }
    parts.push(write(item, `${path}[${i}]`, open));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(value: object, path: string, open: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    // Dates, Maps, class instances: their JSON form is a choice the caller must make explicitly.
    throw new CanonicalJsonError(path, 'only plain objects and arrays are accepted');
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const field = record[key];
    // An absent optional field and one set to undefined are the same payload: both are left out.
    if (field !== undefined) {
      parts.push(`${JSON.stringify(key)}:${write(field, `${path}.${key}`, open)}`);
    }
  }
  return `{${parts.join(',')}}`;
}
