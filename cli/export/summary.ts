/** The manifest's summary `loupe-export` prints on stdout at the end: what landed where. */
import type { ExportManifest } from '../../shared/export';
import { formatBytes } from './progress';

const number = new Intl.NumberFormat('en');

/** `approved 3, edited 2` for the counts that are not zero, or `none`. */
function counts(values: Partial<Record<string, number>> | undefined): string {
  const listed = Object.entries(values ?? {}).filter(([, count]) => (count ?? 0) > 0);
  return listed.length === 0
    ? 'none'
    : listed.map(([name, count]) => `${name} ${number.format(count ?? 0)}`).join(', ');
}

export function manifestSummary(manifest: ExportManifest, dir: string): string[] {
  const source = manifest.source.kind === 'hub' ? manifest.source : undefined;
  const from =
    source === undefined
      ? ''
      : ` from hub seq ${source.seq}${source.after !== undefined ? ` (changes after ${source.after})` : ''}`;
  const lines = [
    `Exported ${number.format(manifest.counts.records)} records as ${manifest.format}${from} to ${dir}`,
    `  by decision: ${counts(manifest.counts.byDecision)}`,
  ];
  if (manifest.counts.bySplit !== undefined) {
    lines.push(`  by split:    ${counts(manifest.counts.bySplit)}`);
  }
  lines.push(`  left out:    ${counts(manifest.excluded)}`);
  if (manifest.query !== '') {
    lines.push(`  filters:     ${manifest.query}`);
  }
  lines.push('  files:');
  for (const file of manifest.files) {
    lines.push(`    ${file.name}  ${formatBytes(file.bytes)}  sha256 ${file.sha256}`);
  }
  lines.push('    manifest.json');
  return lines;
}
