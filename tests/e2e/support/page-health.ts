/**
 * Collects everything that should never happen on a healthy page: console errors, uncaught
 * exceptions and Content-Security-Policy violations (DESIGN.md, Security: a strict CSP).
 */
import type { BrowserContext, Page } from 'playwright-core';

const CSP_PREFIX = '[csp-violation]';

/**
 * Runs in the page before any of its scripts, re-announcing each CSP violation as a console
 * error so it reaches the listener below even after a reload. Injected through the DevTools
 * protocol, so the page's own CSP does not block it.
 */
function reportCspViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = `${event.sourceFile || 'unknown'}:${event.lineNumber}:${event.columnNumber}`;
    console.error(
      `${prefix} ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${where}`,
    );
  });
}

function watchPage(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      problems.push(`console error: ${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}

/** Starts watching every page of `context`; the returned array fills as problems occur. */
export async function watchPageHealth(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(reportCspViolations, CSP_PREFIX);
  context.pages().forEach((page) => watchPage(page, problems));
  context.on('page', (page) => watchPage(page, problems));
  return problems;
}

/** Only the CSP violations among the collected problems. */
export function cspViolations(problems: readonly string[]): string[] {
  return problems.filter((problem) => problem.includes(CSP_PREFIX));
}
