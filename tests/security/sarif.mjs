// Writes electronegativity's findings as SARIF 2.1.0 for CI code-scanning uploads. The tool's own
// `-o x.sarif` writer drops the severity (its `level` only says whether a manual review is
// needed), so this writer keeps severity and confidence and maps severity onto the SARIF level.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const LEVEL_BY_SEVERITY = { HIGH: 'error', MEDIUM: 'warning', LOW: 'note', INFORMATIONAL: 'note' };

export function writeSarif(path, { toolVersion, findings }) {
  const rules = [...new Set(findings.map((finding) => finding.rule))].map((id) => ({
    id,
    helpUri: `https://github.com/doyensec/electronegativity/wiki/${id}`,
  }));
  const results = findings.map((finding) => ({
    ruleId: finding.rule,
    level: LEVEL_BY_SEVERITY[finding.severity] ?? 'error',
    message: { text: finding.description },
    properties: {
      severity: finding.severity,
      confidence: finding.confidence,
      manualReview: finding.manualReview,
      allowlisted: finding.allowance !== undefined,
      ...(finding.allowance ? { allowlistReason: finding.allowance.reason } : {}),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file === 'N/A' ? '.' : finding.file },
          region: { startLine: Math.max(finding.line, 1), startColumn: finding.column + 1 },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'Electronegativity', version: toolVersion, rules } }, results },
    ],
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(log, null, 2)}\n`);
}
