// The reviewed exceptions to the electronegativity gate: each entry names a rule, a file glob
// (repository-relative, forward slashes; global checks report the file as "N/A") and the reason a
// person accepted the finding. An entry without a reason is an error, not a silent pass.
import { readFileSync } from 'node:fs';

/** `**` spans folders, `*` and `?` stay within one path segment; everything else is literal. */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** Reads and validates the allowlist; throws with every problem listed. */
export function loadAllowlist(path) {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  const entries = Array.isArray(parsed.allow) ? parsed.allow : null;
  if (entries === null) {
    throw new Error(`${path}: expected an object with an "allow" array.`);
  }
  const problems = [];
  entries.forEach((entry, index) => {
    const at = `${path}: allow[${index}]`;
    if (typeof entry.rule !== 'string' || !/^[A-Z0-9_]+$/.test(entry.rule)) {
      problems.push(
        `${at}: "rule" must be an electronegativity check id such as CSP_GLOBAL_CHECK.`,
      );
    }
    if (typeof entry.file !== 'string' || entry.file.trim() === '') {
      problems.push(`${at}: "file" must be a glob such as electron/**/*.ts, or "N/A".`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      problems.push(
        `${at}: "reason" must say why the finding is accepted (20 characters or more).`,
      );
    }
  });
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
  return entries.map((entry) => ({ ...entry, pattern: globToRegExp(entry.file), used: false }));
}

/** The first entry covering `finding` ({ rule, file }), marked as used; or undefined. */
export function findAllowance(allowlist, finding) {
  const entry = allowlist.find(
    (candidate) => candidate.rule === finding.rule && candidate.pattern.test(finding.file),
  );
  if (entry !== undefined) {
    entry.used = true;
  }
  return entry;
}
