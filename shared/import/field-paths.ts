/**
 * Dotted paths into an imported record (`metadata.model`), so nested fields can be mapped: what
 * paths a record offers, and the value at one. Only plain objects are walked; arrays are values.
 */

/** How deep nested objects are listed; deeper values are still readable by path. */
const MAX_DEPTH = 3;

/** A JSON object (not an array, not null): the only thing field paths walk into. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path of `record` that holds a value (not an object), in the order they were written. */
export function listFieldPaths(record: Record<string, unknown>, prefix = '', depth = 1): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(value) && depth < MAX_DEPTH && Object.keys(value).length > 0) {
      paths.push(...listFieldPaths(value, path, depth + 1));
    } else {
      paths.push(path);
    }
  }
  return paths;
}

/**
 * The value at `path`. A key that itself contains a dot (`"model.name": ...` written flat, as CSV
 * headers often are) wins over walking into objects.
 */
export function readFieldPath(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) {
    return record[path];
  }
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (!isPlainObject(value) || !Object.hasOwn(value, key)) {
      return undefined;
    }
    value = value[key];
  }
  return value;
}
