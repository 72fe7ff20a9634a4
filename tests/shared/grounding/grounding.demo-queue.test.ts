/**
 * The demo queue's answer key (resources/demo-queue/answer-key.json) lists the drafts whose
 * number or date is wrong; the engine must flag each of them at the quoted text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/domain/draft';
import { findGroundingHints, type GroundingSource } from '../../../shared/grounding';
import { expectConsistent } from './support';

const read = <T>(name: string): T =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../resources/demo-queue/${name}`, import.meta.url)),
      'utf8',
    ),
  ) as T;

const { drafts } = read<{ drafts: Draft[] }>('demo-queue.json');
const { faults } = read<{ faults: { draftId: string; fault: string; draftQuote: string }[] }>(
  'answer-key.json',
);

/** Sources the way the review screen builds them: prompt, context items, messages. */
const sourcesOf = (draft: Draft): GroundingSource[] => [
  ...(draft.prompt ? [{ sourceId: 'prompt', text: draft.prompt }] : []),
  ...draft.context.map((c, i) => ({ sourceId: `context:${i}`, text: c.text })),
  ...(draft.messages ?? []).map((m, i) => ({ sourceId: `message:${i}`, text: m.content })),
];

describe('demo queue', () => {
  const numberFaults = faults.filter((f) => f.fault === 'number-or-date');

  it.each(numberFaults.map((f) => [f.draftId, f.draftQuote]))('%s: flags %s', (draftId, quote) => {
    const draft = drafts.find((d) => d.id === draftId) as Draft;
    const result = findGroundingHints(draft.draft, sourcesOf(draft));
    const at = draft.draft.indexOf(quote);
    expect(at).toBeGreaterThanOrEqual(0);
    const reasons = result.unsupportedSentences.flatMap((s) => s.reasons);
    expect(reasons.some((r) => r.start < at + quote.length && at < r.end)).toBe(true);
  });

  it('keeps every result consistent across the whole queue', () => {
    expect(numberFaults.length).toBeGreaterThanOrEqual(5);
    for (const draft of drafts) {
      const sources = sourcesOf(draft);
      expectConsistent(findGroundingHints(draft.draft, sources), draft.draft, sources);
    }
  });
});
