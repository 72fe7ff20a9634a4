/**
 * Parsed markdown, kept for the last few texts: the review screen remounts per draft, and going
 * back to a draft (or the read-ahead having parsed the next one while the reviewer read this one)
 * should not parse the same text again. The element tree is immutable, so sharing it is safe.
 */
import type { ReactElement } from 'react';
import Markdown, { type Options } from 'react-markdown';

const KEEP = 24;
const cache = new Map<string, ReactElement>();

/**
 * The element tree react-markdown renders for `source` under `options` (the options of one
 * heading base are one object, so `cacheKey` names them). `Markdown` is synchronous and hookless,
 * so calling it here is the same work it does when React renders it.
 */
export function renderedMarkdown(source: string, options: Options, cacheKey: string): ReactElement {
  const key = `${cacheKey}\u0000${source}`;
  let tree = cache.get(key);
  if (tree === undefined) {
    tree = Markdown({ ...options, children: source });
  } else {
    cache.delete(key);
  }
  cache.set(key, tree);
  while (cache.size > KEEP) {
    cache.delete(cache.keys().next().value as string);
  }
  return tree;
}
