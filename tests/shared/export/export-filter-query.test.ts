import { describe, expect, it } from 'vitest';
import {
  ExportFilterError,
  filterQuery,
  parseFilterQuery,
} from '../../../shared/export/export-filter-query';

function refusal(query: string, options?: { otherParameters?: readonly string[] }) {
  try {
    parseFilterQuery(query, options);
  } catch (error) {
    if (error instanceof ExportFilterError) {
      return { parameter: error.parameter, message: error.message };
    }
    throw error;
  }
  throw new Error(`accepted: ${query}`);
}

describe('parseFilterQuery', () => {
  it('reads every filter, repeated lists, labels and all', () => {
    const filters = parseFilterQuery(
      'project=p2&project=p1&from=2026-11-01&to=2026-11-30T23:00:00%2B08:00' +
        '&decision=edited&decision=approved&model=gpt-x&modelVersion=2026-11&promptVersion=p3' +
        '&guidelinesVersion=3&reviewer=ann&label=tone%3Dpolite&label=note%3Da%3Db&all',
    );
    expect(filters).toEqual({
      projects: ['p1', 'p2'],
      from: '2026-11-01',
      to: '2026-11-30T23:00:00+08:00',
      decisions: ['approved', 'edited'],
      models: ['gpt-x'],
      modelVersions: ['2026-11'],
      promptVersions: ['p3'],
      guidelinesVersions: [3],
      reviewers: ['ann'],
      labels: [
        { question: 'note', value: 'a=b' },
        { question: 'tone', value: 'polite' },
      ],
      includeAll: true,
    });
  });

  it('accepts URLSearchParams and an empty query', () => {
    expect(parseFilterQuery(new URLSearchParams('decision=pending'))).toEqual({
      decisions: ['pending'],
    });
    expect(parseFilterQuery('')).toEqual({});
    expect(parseFilterQuery('all=false')).toEqual({});
  });

  it.each([
    ['decision=great', 'decision', /"great" is not a decision; use one of approved, edited/],
    ['colour=red', 'colour', /unknown parameter; filters are project, from/],
    ['from=2026-02-30', 'from', /"2026-02-30" is not a calendar date/],
    ['to=yesterday', 'to', /must be a date \(YYYY-MM-DD\) or an ISO 8601 date-time/],
    ['from=2026-11-01T10:00:00', 'from', /ISO 8601 date-time with offset/],
    ['from=2026-12-02&to=2026-12-01', 'from', /is after to/],
    ['from=2026-11-01&from=2026-11-02', 'from', /given more than once/],
    ['guidelinesVersion=0', 'guidelinesVersion', /a whole number from 1/],
    ['guidelinesVersion=1.5', 'guidelinesVersion', /a whole number from 1/],
    ['label=polite', 'label', /must be question=value/],
    ['label=%3Dpolite', 'label', /must be question=value/],
    ['label=tone%3D', 'label', /must be question=value/],
    ['all=yes', 'all', /must be true or false/],
    ['project=', 'project', /empty value/],
    [`model=${'x'.repeat(1001)}`, 'model', /longer than 1000 characters/],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const refused = refusal(query);
    expect(refused.parameter).toBe(parameter);
    expect(refused.message).toContain(`"${parameter}"`);
    expect(refused.message).toMatch(message);
  });

  it('lets a caller allow its own parameters (the hub’s after, the split)', () => {
    expect(parseFilterQuery('after=12&decision=edited', { otherParameters: ['after'] })).toEqual({
      decisions: ['edited'],
    });
    expect(refusal('after=12').parameter).toBe('after');
  });

  it('accepts a whole-day range of one day', () => {
    expect(parseFilterQuery('from=2026-12-01&to=2026-12-01')).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
  });
});

describe('filterQuery', () => {
  it('writes parameters in a fixed order with sorted values, and reads back the same', () => {
    const filters = {
      labels: [{ question: 'tone', value: 'très poli & 有禮' }],
      decisions: ['edited', 'approved'] as ('edited' | 'approved')[],
      projects: ['b', 'a'],
      includeAll: true,
      guidelinesVersions: [3],
    };
    const query = filterQuery(filters);
    expect(query).toBe(
      'project=a&project=b&decision=approved&decision=edited&guidelinesVersion=3' +
        '&label=tone%3Dtr%C3%A8s+poli+%26+%E6%9C%89%E7%A6%AE&all=true',
    );
    expect(filterQuery(parseFilterQuery(query))).toBe(query);
    expect(parseFilterQuery(query)).toEqual(parseFilterQuery(filterQuery(parseFilterQuery(query))));
  });

  it('writes nothing for no filters', () => {
    expect(filterQuery({})).toBe('');
  });
});
