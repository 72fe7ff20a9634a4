/**
 * Token lists as integer ids, so the diff and distance loops compare numbers, not strings.
 */

/** Encodes both lists with shared ids: equal tokens get equal ids. */
export function toIds(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const encode = (tokens: readonly string[]): Int32Array =>
    Int32Array.from(tokens, (token) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      return id;
    });
  return [encode(a), encode(b)];
}
