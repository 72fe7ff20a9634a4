/** Helpers for the grounding tests: read results back as text, and check every offset. */
import { expect } from 'vitest';
import {
  groundingKey,
  type GroundingResult,
  type GroundingSource,
} from '../../../shared/grounding';

export const source = (sourceId: string, text: string): GroundingSource => ({ sourceId, text });

/** Each link as its draft text and the source texts it points at ("sourceId:text"). */
export function linkTexts(
  result: GroundingResult,
  draft: string,
  sources: readonly GroundingSource[],
) {
  const textOf = (id: string) => sources.find((s) => s.sourceId === id)?.text ?? '';
  return result.links.map((link) => ({
    kind: link.kind,
    text: draft.slice(link.draftStart, link.draftEnd),
    matches: link.matches.map((m) => `${m.sourceId}:${textOf(m.sourceId).slice(m.start, m.end)}`),
  }));
}

/** The link whose draft text is `text` (fails the test when there is none). */
export function linkFor(
  result: GroundingResult,
  draft: string,
  sources: readonly GroundingSource[],
  text: string,
) {
  const link = linkTexts(result, draft, sources).find((l) => l.text === text);
  expect(link, `no link for ${JSON.stringify(text)}`).toBeDefined();
  return link as NonNullable<typeof link>;
}

/** Every flagged fact's text. */
export const reasonTexts = (result: GroundingResult) =>
  result.unsupportedSentences.flatMap((s) => s.reasons.map((r) => r.text));

/**
 * The invariants every result keeps: offsets in range, links sorted and disjoint, each link's
 * draft text and every match's source text in the same normal form, reasons equal to their
 * draft text and inside their sentence.
 */
export function expectConsistent(
  result: GroundingResult,
  draft: string,
  sources: readonly GroundingSource[],
) {
  let previousEnd = 0;
  for (const link of result.links) {
    expect(link.draftStart).toBeGreaterThanOrEqual(previousEnd);
    expect(link.draftEnd).toBeGreaterThan(link.draftStart);
    expect(link.draftEnd).toBeLessThanOrEqual(draft.length);
    expect(link.matches.length).toBeGreaterThan(0);
    previousEnd = link.draftEnd;
    const key = groundingKey(link.kind, draft.slice(link.draftStart, link.draftEnd));
    expect(key, `draft ${link.kind} ${draft.slice(link.draftStart, link.draftEnd)}`).toBeDefined();
    for (const match of link.matches) {
      const text = sources.find((s) => s.sourceId === match.sourceId)?.text;
      expect(text).toBeDefined();
      expect(match.end).toBeLessThanOrEqual(text?.length ?? 0);
      expect(match.start).toBeLessThan(match.end);
      expect(groundingKey(link.kind, (text ?? '').slice(match.start, match.end))).toBe(key);
    }
  }
  for (const sentence of result.unsupportedSentences) {
    expect(sentence.reasons.length).toBeGreaterThan(0);
    for (const reason of sentence.reasons) {
      expect(reason.text).toBe(draft.slice(reason.start, reason.end));
      expect(reason.start).toBeGreaterThanOrEqual(sentence.start);
      expect(reason.end).toBeLessThanOrEqual(sentence.end);
    }
  }
}
