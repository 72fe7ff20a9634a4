// `npm run test:security`: electronegativity over the main-process source (electron/), failing on
// every finding of MEDIUM severity or higher that electronegativity-allowlist.json does not cover.
// An optional argument scans another folder instead (run-all.mjs uses it for a negative control).
//
// Why the package's API and not its CLI: the CLI always exits 0, and its SARIF output carries no
// severity (results are "warning", or "note" when a manual review is needed), while its CSV
// writer races the header against the rows. `run()` - the package's main export, which the CLI
// itself calls - returns each finding with its severity and confidence; this script gates on
// those and writes its own SARIF (with severity) to test-results/ for CI.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAllowance, loadAllowlist } from './allowlist.mjs';
import { writeSarif } from './sarif.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const scanDir = resolve(root, process.argv[2] ?? 'electron');
const allowlistPath = fileURLToPath(new URL('./electronegativity-allowlist.json', import.meta.url));
const sarifName = process.argv[2]
  ? `electronegativity-${basename(scanDir)}.sarif`
  : 'electronegativity.sarif';
const sarifPath = join(root, 'test-results', sarifName);
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const GATED_FROM = SEVERITY_RANK.MEDIUM;

// Needs the network (it downloads Electron's release list) and judges dependency freshness, not
// our source; the pinned Electron version is reviewed when it is bumped.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** The files electronegativity's directory loader reads (same extensions, no node_modules). */
function scannableFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.includes(`${sep}node_modules${sep}`))
    .filter((file) => ['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'].includes(extname(file)));
}

function toFinding(issue) {
  const file = issue.file === 'N/A' ? 'N/A' : relative(root, issue.file).split(sep).join('/');
  return {
    rule: issue.id,
    file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  };
}

async function main() {
  const allowlist = loadAllowlist(allowlistPath);
  const files = scannableFiles(scanDir);
  if (files.length === 0) {
    throw new Error(`Nothing to scan: no source files under ${scanDir}.`);
  }
  const electronVersion = require('electron/package.json').version;
  const toolVersion = require('@doyensec/electronegativity/package.json').version;
  const run = require('@doyensec/electronegativity');
  const result = await run(
    {
      input: scanDir,
      // Without it the tool assumes Electron 0.1.0 and judges defaults (sandbox, contextIsolation)
      // that changed long ago; electron/ holds no package.json for it to read the version from.
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS,
      customScan: [],
      parserPlugins: [],
    },
    false,
  );

  const parseErrors = result.errors.filter((error) => !error.tolerable);
  const findings = result.issues.map(toFinding).map((finding) => ({
    ...finding,
    allowance:
      SEVERITY_RANK[finding.severity] >= GATED_FROM ? findAllowance(allowlist, finding) : undefined,
  }));
  writeSarif(sarifPath, { toolVersion, findings });

  console.log(
    `electronegativity ${toolVersion} on ${relative(root, scanDir)}/ (${files.length} files, Electron ${electronVersion}, ` +
      `${result.atomicChecks} atomic + ${result.globalChecks} global checks)`,
  );
  let failing = 0;
  for (const finding of findings) {
    const gated = SEVERITY_RANK[finding.severity] >= GATED_FROM;
    const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`;
    const verdict = !gated ? 'below MEDIUM, not gated' : finding.allowance ? 'allowlisted' : 'FAIL';
    failing += gated && !finding.allowance ? 1 : 0;
    console.log(`  ${finding.severity.padEnd(13)} ${finding.rule} ${where}  ${verdict}`);
    console.log(`  ${''.padEnd(13)} ${finding.description} (confidence ${finding.confidence})`);
    if (finding.allowance) {
      console.log(`  ${''.padEnd(13)} accepted because: ${finding.allowance.reason}`);
    }
  }
  for (const error of parseErrors) {
    console.log(
      `  PARSE ERROR   ${relative(root, error.file)}: ${error.message} (file not scanned)`,
    );
  }
  for (const entry of allowlist.filter((candidate) => !candidate.used)) {
    console.log(`  note: allowlist entry ${entry.rule} ${entry.file} matched nothing; remove it?`);
  }
  const allowlisted = findings.filter((finding) => finding.allowance).length;
  const belowGate = findings.filter((f) => SEVERITY_RANK[f.severity] < GATED_FROM).length;
  console.log(`SARIF written to ${relative(root, sarifPath)}`);
  console.log(
    `electronegativity: ${findings.length} findings, ${failing} failing, ${allowlisted} allowlisted, ` +
      `${belowGate} below MEDIUM, ${parseErrors.length} parse errors`,
  );
  return failing === 0 && parseErrors.length === 0;
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(`electronegativity gate could not run: ${error.stack ?? error}`);
    process.exit(1);
  },
);
