/**
 * An id for a row whose file has no id field, made from the row's content: importing the same
 * file again gives the same ids, so dedupe by id still holds (DESIGN.md: dedupe by `id`). Not a
 * security hash: two 32-bit FNV-1a lanes with different seeds, about 64 bits, in base 36.
 */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `row-` and a 13-character digest of the given parts (joined so ["ab","c"] ≠ ["a","bc"]). */
export function contentId(parts: readonly string[]): string {
  const text = parts.map((part) => `${part.length}:${part}`).join('\u0000');
  const high = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const low = fnv1a(text, 0x01234567).toString(36).padStart(7, '0');
  return `row-${high}${low}`;
}
