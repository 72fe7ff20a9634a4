/**
 * Properties of the counts over random team histories (fast-check): counts equal a naive count
 * of the events, rates sum to 1, every grouping adds up to the whole, and a filter never makes
 * any number larger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { DecisionGroup, StatsDraft, StatsFilters, Statistics } from '../../../shared/stats';
import { COUNTED_KINDS, computeStatistics } from '../../../shared/stats';
import { ev } from './support/stats-data';

const REVIEWERS = ['ann', 'bob', 'cat'];
const KINDS = ['approve', 'edit', 'escalate', 'skip', 'comment', 'retract', 'resolve'] as const;
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 11, 3); // a Thursday: the histories cross week boundaries

const eventSpec = fc.record({
  kind: fc.constantFrom(...KINDS),
  reviewer: fc.constantFrom(...REVIEWERS),
  day: fc.integer({ min: 0, max: 20 }),
  activeMs: fc.integer({ min: 0, max: 300_000 }),
  guidelinesVersion: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  target: fc.nat(),
  tone: fc.constantFrom('ok', 'bad'),
});

const draftSpec = fc.record({
  events: fc.array(eventSpec, { maxLength: 8 }),
  project: fc.constantFrom('p1', 'p2'),
  modelVersion: fc.constantFrom('v1', 'v2', undefined),
  promptVersion: fc.constantFrom('a', 'b', undefined),
  duplicate: fc.boolean(),
  reverse: fc.boolean(),
});

type DraftSpec = typeof draftSpec extends fc.Arbitrary<infer T> ? T : never;

function buildDraft(spec: DraftSpec, index: number): StatsDraft {
  const ids = spec.events.map(
    (_, i) => `e${String(index).padStart(3, '0')}-${String(i).padStart(2, '0')}`,
  );
  const events: DecisionEvent[] = spec.events.map((item, i) => {
    const base = {
      id: ids[i] as string,
      reviewer: item.reviewer,
      at: new Date(START + item.day * DAY_MS + i * 60_000).toISOString(),
      activeMs: item.activeMs,
      ...(item.guidelinesVersion !== undefined
        ? { guidelinesVersion: item.guidelinesVersion }
        : {}),
    };
    switch (item.kind) {
      case 'approve':
        return ev('approve', { ...base, payload: { labels: { tone: item.tone } } });
      case 'edit':
        return ev('edit', { ...base, payload: { finalText: `text ${item.tone}` } });
      case 'escalate':
        return ev('escalate', { ...base, payload: { reasonId: item.tone, note: '' } });
      case 'skip':
        return ev('skip', { ...base, payload: {} });
      case 'comment':
        return ev('comment', { ...base, payload: { text: 'note' } });
      case 'retract':
        return ev('retract', {
          ...base,
          payload: { targetEventId: ids[item.target % ids.length] as string },
        });
      case 'resolve':
        return ev('resolve', {
          ...base,
          parents: ids.slice(0, i),
          payload: { verdict: 'approve' },
        });
    }
  });
  let list = spec.duplicate && events.length > 0 ? [...events, events[0] as DecisionEvent] : events;
  if (spec.reverse) {
    list = [...list].reverse();
  }
  return {
    id: `d${index}`,
    projectId: spec.project,
    model: 'm',
    ...(spec.modelVersion !== undefined ? { modelVersion: spec.modelVersion } : {}),
    ...(spec.promptVersion !== undefined ? { promptVersion: spec.promptVersion } : {}),
    createdAt: new Date(START).toISOString(),
    text: 'text ok',
    events: list.map((event) => ({ ...event, draftId: `d${index}`, projectId: spec.project })),
  };
}

const history = fc
  .array(draftSpec, { maxLength: 12 })
  .map((specs) => specs.map((spec, index) => buildDraft(spec, index)));

const filtersArb: fc.Arbitrary<StatsFilters> = fc.record(
  {
    from: fc
      .integer({ min: 0, max: 20 })
      .map((day) => new Date(START + day * DAY_MS).toISOString().slice(0, 10)),
    to: fc.integer({ min: 0, max: 20 }).map((day) => new Date(START + day * DAY_MS).toISOString()),
    projects: fc.subarray(['p1', 'p2']),
    modelVersions: fc.subarray(['v1', 'v2']),
    promptVersions: fc.subarray(['a', 'b']),
    reviewers: fc.subarray(REVIEWERS),
    guidelinesVersions: fc.subarray([1, 2, 3]),
  },
  { requiredKeys: [] },
);

/** True when the filters drop events (not whole drafts or whole reviewers). */
const filtersEvents = (filters: StatsFilters) =>
  filters.from !== undefined ||
  filters.to !== undefined ||
  (filters.guidelinesVersions?.length ?? 0) > 0;

/** The counted events, counted the slow and obvious way. */
function naiveCount(drafts: StatsDraft[], filters: StatsFilters): number {
  let count = 0;
  const from = filters.from === undefined ? -Infinity : Date.parse(filters.from);
  const to =
    filters.to === undefined
      ? Infinity
      : filters.to.length === 10
        ? Date.parse(filters.to) + DAY_MS
        : Date.parse(filters.to) + 1;
  const listed = <T>(list: T[] | undefined, value: T | undefined) =>
    list === undefined || list.length === 0 || (value !== undefined && list.includes(value));
  for (const item of drafts) {
    if (
      !listed(filters.projects, item.projectId) ||
      !listed(filters.modelVersions, item.modelVersion) ||
      !listed(filters.promptVersions, item.promptVersion)
    ) {
      continue;
    }
    const unique = [...new Map(item.events.map((event) => [event.eventId, event])).values()];
    const ids = new Set(unique.map((event) => event.eventId));
    const kindOf = new Map(unique.map((event) => [event.eventId, event.kind]));
    const retracted = new Set(
      unique
        .filter((event) => event.kind === 'retract')
        .map((event) => (event.payload as { targetEventId: string }).targetEventId)
        .filter((target) => ids.has(target) && kindOf.get(target) !== 'retract'),
    );
    for (const event of unique) {
      const at = Date.parse(event.clientTime);
      if (
        (COUNTED_KINDS as readonly string[]).includes(event.kind) &&
        !retracted.has(event.eventId) &&
        at >= from &&
        at < to &&
        listed(filters.reviewers, event.reviewerId) &&
        listed(filters.guidelinesVersions, event.guidelinesVersion)
      ) {
        count += 1;
      }
    }
  }
  return count;
}

const groupings = (stats: Statistics): DecisionGroup[][] => [
  stats.decisions.perReviewer,
  stats.decisions.perModelVersion,
  stats.decisions.perPromptVersion,
  stats.decisions.perProject,
  stats.decisions.perDay,
  stats.decisions.perWeek,
];

describe('decision statistics, over random histories', () => {
  it('count exactly the events a naive count finds', () => {
    fc.assert(
      fc.property(history, filtersArb, (drafts, filters) => {
        const stats = computeStatistics(drafts, filters);
        expect(stats.decisions.overall.counts.total).toBe(naiveCount(drafts, filters));
        expect(stats.activeTime.overall.decisions).toBe(stats.decisions.overall.counts.total);
        expect(stats.editRates.edits).toBe(stats.decisions.overall.counts.edit);
      }),
      { numRuns: 200 },
    );
  });

  it('add up: every grouping sums to the whole, and rates of a group sum to 1', () => {
    fc.assert(
      fc.property(history, filtersArb, (drafts, filters) => {
        const stats = computeStatistics(drafts, filters);
        const whole = stats.decisions.overall.counts;
        for (const groups of groupings(stats)) {
          for (const kind of COUNTED_KINDS) {
            expect(groups.reduce((sum, group) => sum + group.counts[kind], 0)).toBe(whole[kind]);
          }
          for (const { counts, rates } of groups) {
            expect(counts.approve + counts.edit + counts.escalate + counts.skip).toBe(counts.total);
            expect(rates.approve + rates.edit + rates.escalate + rates.skip).toBeCloseTo(1, 12);
          }
        }
        const driftDecisions = stats.drift.models
          .flatMap((model) => model.weeks)
          .reduce((sum, week) => sum + week.decisions, 0);
        expect(driftDecisions).toBe(whole.approve + whole.edit + whole.escalate);
      }),
      { numRuns: 200 },
    );
  });

  it('never grow when a filter is added', () => {
    fc.assert(
      fc.property(history, filtersArb, filtersArb, (drafts, first, second) => {
        const loose = computeStatistics(drafts, first);
        const tight = computeStatistics(drafts, { ...second, ...first });
        const none = computeStatistics(drafts);
        for (const [wide, narrow] of [
          [none, loose],
          [loose, tight],
        ] as const) {
          for (const kind of COUNTED_KINDS) {
            expect(narrow.decisions.overall.counts[kind]).toBeLessThanOrEqual(
              wide.decisions.overall.counts[kind],
            );
          }
          const wideGroups = groupings(wide);
          groupings(narrow).forEach((groups, index) => {
            const byKey = new Map(
              wideGroups[index]?.map((group) => [group.key, group.counts.total]),
            );
            for (const group of groups) {
              expect(group.counts.total).toBeLessThanOrEqual(byKey.get(group.key) ?? 0);
            }
          });
          expect(narrow.agreement.sharedDrafts).toBeLessThanOrEqual(wide.agreement.sharedDrafts);
          expect(narrow.judge.overall.drafts).toBeLessThanOrEqual(wide.judge.overall.drafts);
          // Reviewers' disagreements compare each reviewer's latest call among the events the
          // filters keep, so a filter on events (time, guidelines version) may leave a
          // reviewer's earlier call standing and show a disagreement the whole history no
          // longer has (cat edits, then approves as ann did; up to the day before, they
          // disagree). Filters on drafts and on reviewers only remove disagreements.
          if (!filtersEvents(narrow.filters)) {
            expect(narrow.disagreements.length).toBeLessThanOrEqual(wide.disagreements.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('show a disagreement in a time window that the whole history has settled', () => {
    const event = (eventId: string, reviewerId: string, kind: 'approve' | 'edit', day: number) =>
      ({
        eventId,
        kind,
        draftId: 'd0',
        projectId: 'p1',
        reviewerId,
        deviceId: `device-${reviewerId}`,
        deviceSeq: 1,
        parents: [],
        payload: kind === 'edit' ? { finalText: 'better text' } : {},
        payloadHash: '0'.repeat(64),
        activeMs: 1_000,
        clientTime: new Date(START + day * DAY_MS).toISOString(),
        schemaVersion: 2,
        appVersion: '0.1.0',
      }) as StatsDraft['events'][number];
    const drafts: StatsDraft[] = [
      {
        id: 'd0',
        projectId: 'p1',
        model: 'm',
        modelVersion: 'v1',
        promptVersion: 'a',
        createdAt: new Date(START).toISOString(),
        text: 'text',
        events: [
          event('e1', 'ann', 'approve', 1),
          event('e2', 'cat', 'edit', 1),
          event('e3', 'cat', 'approve', 3),
        ],
      },
    ];
    const to = new Date(START + 2 * DAY_MS).toISOString().slice(0, 10);
    expect(computeStatistics(drafts).disagreements).toHaveLength(0);
    expect(computeStatistics(drafts, { to }).disagreements).toHaveLength(1);
  });

  it('do not depend on the order or duplication of events', () => {
    fc.assert(
      fc.property(history, (drafts) => {
        const shuffled = drafts.map((item) => ({
          ...item,
          events: [...item.events, ...item.events].reverse(),
        }));
        expect(computeStatistics(shuffled)).toEqual(computeStatistics(drafts));
      }),
      { numRuns: 100 },
    );
  });
});
