/**
 * Page object for the header's sync status and the sync panel it opens
 * (renderer/features/sync): the state as the button's class names it (synced, waiting,
 * syncing, offline, error, standby, not-connected — the same in every language), its words,
 * the "N waiting" and "N refused" chips, "Sync now", and the decisions the hub refused.
 */
import type { Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';
import { SYNC_TEXT } from './sync-text';

export type SyncKind =
  'synced' | 'waiting' | 'syncing' | 'offline' | 'error' | 'standby' | 'not-connected';

export interface RefusedDecision {
  what: string;
  reason: string;
}

export class SyncStatusPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return SYNC_TEXT[this.language];
  }

  /** The status button in the app's header. */
  button(): Locator {
    return this.page.locator('header.app-header button.sync-status');
  }

  /** The header's whole bar, for screenshots of the status in its place. */
  header(): Locator {
    return this.page.locator('header.app-header');
  }

  /** The state the button shows now, from its `sync-status-<kind>` class. */
  async kind(): Promise<string> {
    const classes = (await this.button().getAttribute('class')) ?? '';
    return /(?:^|\s)sync-status-([a-z-]+)(?:\s|$)/.exec(classes)?.[1] ?? '';
  }

  /** Waits until the status is one of `kinds` (a pull or a retry may take a few seconds). */
  async waitFor(kinds: readonly SyncKind[], timeout = 30_000): Promise<SyncKind> {
    const selector = kinds.map((kind) => `header.app-header .sync-status-${kind}`).join(', ');
    await this.page.locator(selector).waitFor({ timeout });
    return (await this.kind()) as SyncKind;
  }

  /** The button's words ("Synced just now", "Offline · retry in 3 sec."). */
  async label(): Promise<string> {
    return ((await this.button().locator('.sync-status-label').textContent()) ?? '').trim();
  }

  /** The "N waiting" chip beside a state that holds decisions back, or null. */
  async waitingChip(): Promise<string | null> {
    const chip = this.button().locator('.sync-status-chip');
    return (await chip.count()) === 0 ? null : ((await chip.textContent()) ?? '').trim();
  }

  /** The "N refused" chip, or null. */
  async refusedChip(): Promise<string | null> {
    const chip = this.button().locator('.sync-status-rejected');
    return (await chip.count()) === 0 ? null : ((await chip.textContent()) ?? '').trim();
  }

  panel(): Locator {
    return this.page.getByRole('dialog', { name: this.text.panelTitle, exact: true });
  }

  async openPanel(): Promise<void> {
    await this.button().click();
    await this.panel().waitFor();
  }

  async closePanel(): Promise<void> {
    await this.panel().getByRole('button', { name: this.text.panelClose, exact: true }).click();
    await this.panel().waitFor({ state: 'detached' });
  }

  /** "Sync now" in the open panel. */
  async syncNow(): Promise<void> {
    await this.panel().getByRole('button', { name: this.text.syncNow, exact: true }).click();
  }

  /** The panel's list of decisions the hub refused: what, and why in the reviewer's words. */
  refusedList(): Locator {
    return this.panel().getByRole('region', { name: this.text.rejectedTitle });
  }

  async refusedDecisions(): Promise<RefusedDecision[]> {
    return this.refusedList()
      .locator('.sync-rejected-item')
      .evaluateAll((items) =>
        items.map((item) => ({
          what: item.querySelector('.sync-rejected-what')?.textContent?.trim() ?? '',
          reason: item.querySelector('.sync-rejected-reason')?.textContent?.trim() ?? '',
        })),
      );
  }
}
