/**
 * Page objects for sharing work through a team hub (renderer/features/team-hub): Settings →
 * Team hub (address, token, "Test connection", who the hub says you are) and, in the Projects
 * dialog, a lead's "Publish to hub…" with its confirmation and outcome.
 */
import type { Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';
import { SYNC_TEXT } from './sync-text';

export class TeamHubPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return SYNC_TEXT[this.language];
  }

  settingsDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text.settings, exact: true });
  }

  /** The Team hub section of Settings. */
  section(): Locator {
    return this.settingsDialog().locator('section.team-hub');
  }

  /** The line the hub's answer fills in: "Connected to URL as NAME, role: ROLE." */
  summary(): Locator {
    return this.section().locator('.team-hub-summary');
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.settings, exact: true }).click();
    await this.section().waitFor();
  }

  async closeSettings(): Promise<void> {
    await this.settingsDialog()
      .getByRole('button', { name: this.text.settingsClose, exact: true })
      .click();
    await this.settingsDialog().waitFor({ state: 'detached' });
  }

  /**
   * Types the hub's address and the token, presses "Test connection" and waits until the hub
   * has said who the token belongs to; returns that line.
   */
  async connect(url: string, token: string): Promise<string> {
    await this.section().getByLabel(this.text.hubAddress, { exact: true }).fill(url);
    await this.section().getByLabel(this.text.hubToken, { exact: true }).fill(token);
    await this.section()
      .getByRole('button', { name: this.text.testConnection, exact: true })
      .click();
    await this.summary().waitFor();
    return (await this.summary().textContent()) ?? '';
  }
}

export class PublishPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return SYNC_TEXT[this.language];
  }

  dialog(): Locator {
    return this.page.locator('.projects-dialog');
  }

  /** The open project's "Team hub" part of the Projects dialog. */
  section(): Locator {
    return this.dialog().locator('section.team-hub-project');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.projects, exact: true }).click();
    await this.section().waitFor();
  }

  async close(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: this.text.projectsClose, exact: true })
      .first()
      .click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** "Publish to hub…", then "Publish"; waits for the outcome and returns its counts by name. */
  async publish(): Promise<Record<string, string>> {
    await this.section().getByRole('button', { name: this.text.publishOpen, exact: true }).click();
    await this.section()
      .getByRole('button', { name: this.text.publishConfirm, exact: true })
      .click();
    await this.section().getByText(this.text.published, { exact: true }).waitFor({
      timeout: 30_000,
    });
    const counts: [string, string][] = await this.section()
      .locator('.team-hub-counts > div')
      .evaluateAll((rows) =>
        rows.map((row): [string, string] => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd')?.textContent ?? '',
        ]),
      );
    return Object.fromEntries(counts);
  }

  /** The "On the team hub" badge a published project shows. */
  onHubBadge(): Locator {
    return this.section().getByText(this.text.onHub, { exact: true });
  }
}
