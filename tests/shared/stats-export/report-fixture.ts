/** A lead report like the statistics screens export: Chinese text, a formula-like name, a NaN κ. */
import type { LeadReport } from '../../../shared/stats-export';

export const leadReport = (): LeadReport => ({
  title: '審查統計 Review statistics',
  generatedFrom: ['專案：客服回覆', 'Range: 2026-11-01 – 2026-11-30 (Asia/Taipei)'],
  tables: [
    {
      id: 'per-reviewer',
      title: 'Decisions per reviewer',
      columns: [
        { key: 'reviewer', label: '審查者', kind: 'text' },
        { key: 'decisions', label: 'Decisions', kind: 'integer' },
        { key: 'approval', label: 'Approval rate', kind: 'percent' },
        { key: 'medianMs', label: 'Median active time (s)', kind: 'number' },
      ],
      rows: [
        { reviewer: '林怡君', decisions: 120, approval: 0.625, medianMs: 12.5 },
        { reviewer: '=cmd|"/c calc"!A1', decisions: 3, approval: 1, medianMs: -0.5 },
        { reviewer: '-2', decisions: 0, approval: null, medianMs: null },
      ],
    },
    {
      id: 'agreement',
      // Characters Excel refuses in a sheet name, and more than 31 of them.
      title: 'Agreement: κ per pair [nominal] / raters?',
      columns: [
        { key: 'pair', label: 'Pair', kind: 'text' },
        { key: 'kappa', label: 'Cohen κ', kind: 'number' },
        { key: 'shared', label: 'Shared items', kind: 'integer' },
      ],
      rows: [
        { pair: '林怡君 × Lee', kappa: 0.4286, shared: 40 },
        { pair: 'Ada × Lee', kappa: Number.NaN, shared: 4 },
      ],
    },
    {
      id: 'about',
      title: 'about',
      columns: [{ key: 'note', label: 'Note', kind: 'text' }],
      rows: [{ note: 'a table titled like the first sheet' }],
    },
  ],
});
