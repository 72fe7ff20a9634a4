/**
 * The bench's table: each figure beside its baseline from the same run and its budget from
 * DESIGN.md ("Performance budgets"); printed, and returned as the rows of bench-results.json.
 */

/** Budgets in milliseconds, as DESIGN.md states them. */
export const BUDGETS = { decision: 50, keystroke: 16, firstRows: 300, coldStart: 1000 };

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (value) => Math.round(value * 10) / 10;

const handled = (samples) => samples.map((sample) => sample.handledMs);
const framed = (samples) => samples.map((sample) => sample.ms);

/** Prints the table for the measurements `m`; returns its rows. */
export function report(m) {
  const rows = [
    {
      metric: 'decision key → next item painted, 100k drafts stored (p95)',
      value: round(percentile(m.approveMs, 95)),
      unit: 'ms',
      budget: BUDGETS.decision,
      baseline: round(percentile(m.nextMs, 95)),
    },
    {
      metric: 'decision key → next item painted, 100k drafts stored (p50)',
      value: round(percentile(m.approveMs, 50)),
      unit: 'ms',
      budget: null,
      baseline: round(percentile(m.nextMs, 50)),
    },
    {
      metric: 'keystroke in the editor, 20 KB draft: handled and laid out (p95)',
      value: round(percentile(handled(m.editorMs), 95)),
      unit: 'ms',
      budget: BUDGETS.keystroke,
      baseline: round(percentile(handled(m.plainMs), 95)),
    },
    {
      metric: 'keystroke in the editor, 20 KB draft: handled and laid out (p50)',
      value: round(percentile(handled(m.editorMs), 50)),
      unit: 'ms',
      budget: null,
      baseline: round(percentile(handled(m.plainMs), 50)),
    },
    {
      metric: 'keystroke in the editor, 20 KB draft: to the next frame (p95)',
      value: round(percentile(framed(m.editorMs), 95)),
      unit: 'ms',
      budget: null,
      baseline: round(percentile(framed(m.plainMs), 95)),
    },
    {
      metric: 'queue of 100k drafts opened → first rows painted',
      value: round(m.bigFirstRows.opened),
      unit: 'ms',
      budget: BUDGETS.firstRows,
      baseline: round(m.demoFirstRows.opened),
    },
    {
      metric: 'queue of 100k drafts read whole (filters ready), from opening',
      value: round(m.wholeQueueMs),
      unit: 'ms',
      budget: null,
      baseline: null,
    },
    {
      metric: 'search over 100k drafts (draft, prompt, context), until done',
      value: round(m.searchMs),
      unit: 'ms',
      budget: null,
      baseline: null,
    },
    {
      metric: 'cold start (reload) → first queue rows painted, 100k drafts',
      value: round(m.bigFirstRows.coldStart),
      unit: 'ms',
      budget: BUDGETS.coldStart,
      baseline: round(m.demoFirstRows.coldStart),
    },
  ];
  const header = ['metric', 'value', 'unit', 'baseline', 'budget', 'within budget?'];
  const lines = rows.map((row) => [
    row.metric,
    String(row.value),
    row.unit,
    row.baseline === null ? '—' : String(row.baseline),
    row.budget === null ? '—' : `≤ ${row.budget}`,
    row.budget === null ? '—' : row.value <= row.budget ? 'yes' : 'NO',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((line) => line[i].length)),
  );
  const format = (line) => `| ${line.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log('');
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  lines.forEach((line) => console.log(format(line)));
  console.log('');
  console.log(
    'Baselines: decision vs J (next, no decision); editor vs a plain <textarea> in the same page; ' +
      'first rows and cold start vs the 48-draft demo queue. Samples: ' +
      `${m.approveMs.length} decisions, ${m.editorMs.length} keystrokes.`,
  );
  return rows;
}
