/**
 * The Team hub section of Settings: connecting (the hub's answer shown as who you are and your
 * role, in both languages), every failure explained with what to do, the plain-http warning,
 * where the token is kept, and disconnecting behind a confirmation that says what is kept.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { readHubState } from '../../../../renderer/db/repositories/hub-state-repository';
import { SettingsDialog } from '../../../../renderer/features/settings/settings-dialog';
import { TeamHubSection } from '../../../../renderer/features/team-hub/team-hub-section';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { HubFailure } from '../../../../shared/sync/hub-failure';
import { renderInI18n } from '../keyboard/render-in-i18n';
import { connectAs, hello, HUB_URL, resetHubEnvironment, type ScriptedHub } from './hub-harness';

let hub: ScriptedHub;

beforeEach(async () => {
  hub = await resetHubEnvironment();
});

afterEach(async () => {
  cleanup();
  await useSyncStore.getState().reset();
});

const TOKEN = 'tok_secret_1234567890';

async function fillAndTest(
  user: ReturnType<typeof renderInI18n>['user'],
  url: string,
  token = TOKEN,
) {
  const address = screen.getByLabelText('Hub address');
  await user.clear(address);
  await user.type(address, url);
  if (token !== '') {
    await user.type(screen.getByLabelText('Token'), token);
  }
  await user.click(screen.getByRole('button', { name: 'Test connection' }));
}

describe('connecting', () => {
  it('asks for an address and a token, the token in a password field, and says where it is kept', async () => {
    renderInI18n(<TeamHubSection />);
    expect(screen.getByRole('heading', { name: 'Team hub' })).toBeVisible();
    expect(screen.getByLabelText('Token')).toHaveAttribute('type', 'password');
    expect(
      await screen.findByText(
        "Loupe keeps the token encrypted in this computer's system keychain.",
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Token')).toHaveAccessibleDescription(
      expect.stringContaining('system keychain'),
    );
  });

  it('says the browser build keeps the token in this browser', async () => {
    hub = await resetHubEnvironment('browser');
    renderInI18n(<TeamHubSection />);
    expect(await screen.findByText(/in this browser's storage for this site/)).toBeVisible();
  });

  it('says when a desktop without a keychain keeps it unencrypted', async () => {
    hub.storage = 'plaintext';
    renderInI18n(<TeamHubSection />);
    expect(await screen.findByText(/kept unencrypted in Loupe's data/)).toBeVisible();
  });

  it('connects, then says where and who you are with your role; the token is gone from the screen and the database', async () => {
    const { user } = renderInI18n(<TeamHubSection />);
    await fillAndTest(user, HUB_URL);
    expect(hub.connect).toHaveBeenCalledWith(HUB_URL, TOKEN);
    const summary = await screen.findByText(
      'Connected to https://hub.example as Mei Lin, role: lead.',
    );
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.queryByLabelText('Token')).toBeNull();
    expect(document.body.innerHTML).not.toContain(TOKEN);
    const meta = JSON.stringify(await getDatabase().meta.toArray());
    expect(meta).not.toContain(TOKEN);
    expect((await readHubState(getDatabase())).session?.user.role).toBe('lead');
  });

  it('names the role in Traditional Chinese', async () => {
    hub.nextConnect = {
      ok: true,
      hello: hello('reviewer'),
      connection: { url: HUB_URL, storage: 'encrypted' },
    };
    const { user } = renderInI18n(<TeamHubSection />, 'zh-TW');
    await user.type(screen.getByLabelText('伺服器位址'), HUB_URL);
    await user.type(screen.getByLabelText('權杖'), TOKEN);
    await user.click(screen.getByRole('button', { name: '測試連線' }));
    expect(
      await screen.findByText('已連線到 https://hub.example，身分為 Mei Lin，角色：審閱者。'),
    ).toBeVisible();
    expect(screen.getByText(/系統憑證儲存區/)).toBeVisible();
  });

  it('warns about plain http to another machine, not to this one', async () => {
    const { user } = renderInI18n(<TeamHubSection />);
    const address = screen.getByLabelText('Hub address');
    await user.type(address, 'http://10.0.0.5:8787');
    const warning = screen.getByText(/uses plain http to another computer/);
    expect(address).toHaveAccessibleDescription(expect.stringContaining('plain http'));
    await user.clear(address);
    await user.type(address, 'http://127.0.0.1:8787');
    expect(warning).not.toBeInTheDocument();
    await user.clear(address);
    await user.type(address, 'https://hub.example');
    expect(screen.queryByText(/plain http/)).toBeNull();
  });

  it('asks for the token before sending anything', async () => {
    const { user } = renderInI18n(<TeamHubSection />);
    await fillAndTest(user, HUB_URL, '');
    expect(await screen.findByText("Enter the token your hub's admin gave you.")).toBeVisible();
    expect(screen.getByLabelText('Token')).toHaveFocus();
    expect(hub.connect).not.toHaveBeenCalled();
  });

  it.each([
    ['ftp://hub.example', 'The address must start with https:// (or http://).'],
    ['https://me:pw@hub.example', 'Leave the user name and password out of the address'],
    ['https://hub.example/?x=1', 'Leave out everything from ? or # on'],
    ['', "Enter the hub's address."],
  ])('names the problem with the address %j and sends nothing', async (url, text) => {
    const { user } = renderInI18n(<TeamHubSection />);
    if (url !== '') {
      await user.type(screen.getByLabelText('Hub address'), url);
    }
    await user.type(screen.getByLabelText('Token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent('Correct the address, then test the connection again.');
    expect(screen.getByLabelText('Hub address')).toHaveFocus();
    expect(screen.getByLabelText('Hub address')).toHaveAttribute('aria-invalid', 'true');
    expect(hub.connect).not.toHaveBeenCalled();
  });

  const failures: [HubFailure, string, string][] = [
    [
      { kind: 'unauthorized', status: 401, message: 'bad token' },
      'The hub did not accept the token',
      "Ask the hub's admin for a new token",
    ],
    [
      { kind: 'offline', message: 'fetch failed' },
      'Loupe could not reach the hub.',
      "Check the hub's address and this computer's network connection.",
    ],
    [
      { kind: 'bad-answer', message: 'Not JSON' },
      'The answer did not come from a Loupe hub.',
      "is it your team's Loupe hub",
    ],
    [
      { kind: 'forbidden', status: 403, message: 'Revoked device' },
      'Your role on the hub does not allow this.',
      "Ask the hub's admin or your team's lead",
    ],
    [
      { kind: 'rate-limited', status: 429, message: 'slow down', retryAfterMs: 30_000 },
      'The hub is getting too many requests from you.',
      'Wait a minute, then try again',
    ],
    [
      { kind: 'timeout', message: 'no answer in 15 s' },
      'The hub did not answer in time.',
      'try again in a moment',
    ],
  ];

  it.each(failures)('explains %o with what to do', async (failure, problem, action) => {
    hub.nextConnect = { ok: false, failure };
    const { user } = renderInI18n(<TeamHubSection />);
    await fillAndTest(user, HUB_URL);
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    await waitFor(() => expect(alert).toHaveTextContent(problem));
    expect(alert).toHaveTextContent('Not connected.');
    expect(alert).toHaveTextContent(action);
    expect(useSyncStore.getState().connection).toBeNull();
    expect(screen.getByRole('button', { name: 'Test connection' })).toBeVisible();
  });

  it('clears a refused token, focuses its field, and quotes what a refusing hub said', async () => {
    hub.nextConnect = {
      ok: false,
      failure: { kind: 'unauthorized', status: 401, message: 'token revoked' },
    };
    const { user } = renderInI18n(<TeamHubSection />);
    await fillAndTest(user, HUB_URL);
    await waitFor(() => expect(screen.getByLabelText('Token')).toHaveValue(''));
    expect(screen.getByLabelText('Token')).toHaveFocus();
    expect(screen.getByLabelText('Token')).toHaveAttribute('aria-invalid', 'true');

    hub.nextConnect = {
      ok: false,
      failure: { kind: 'refused', status: 400, code: 'bad_request', message: 'Protocol 9 unknown' },
    };
    await user.type(screen.getByLabelText('Token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The hub said: “Protocol 9 unknown”')).toBeVisible();
  });

  it('explains a failure in Traditional Chinese', async () => {
    hub.nextConnect = { ok: false, failure: { kind: 'unauthorized', status: 401, message: 'x' } };
    const { user } = renderInI18n(<TeamHubSection />, 'zh-TW');
    await user.type(screen.getByLabelText('伺服器位址'), HUB_URL);
    await user.type(screen.getByLabelText('權杖'), TOKEN);
    await user.click(screen.getByRole('button', { name: '測試連線' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('團隊伺服器不接受這個權杖'));
    expect(alert).toHaveTextContent('請向伺服器管理員索取新的權杖');
  });
});

describe('disconnecting', () => {
  it('says what is kept and what is forgotten before it happens, and can be called off', async () => {
    connectAs('reviewer', { counts: { waiting: 3, localOnly: 0, rejected: 0 } });
    const { user } = renderInI18n(<TeamHubSection />);
    expect(
      screen.getByText('Connected to https://hub.example as Mei Lin, role: reviewer.'),
    ).toBeVisible();
    const open = screen.getByRole('button', { name: 'Disconnect…' });
    await user.click(open);
    const confirm = screen.getByRole('group', { name: 'Disconnect from this hub?' });
    expect(confirm).toHaveTextContent('every decision made here, sent or not');
    expect(confirm).toHaveTextContent('everything pulled from the hub');
    expect(confirm).toHaveTextContent("the hub's address, your token and the sync position");
    expect(confirm).toHaveTextContent('connecting again pulls everything from the start');
    expect(confirm).toHaveTextContent('3 decisions have not been sent yet');
    expect(within(confirm).getByRole('button', { name: 'Stay connected' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Disconnect…' })).toHaveFocus();
    expect(hub.disconnect).not.toHaveBeenCalled();
    expect(useSyncStore.getState().connection).not.toBeNull();
  });

  it('disconnects on confirmation and says everything is still here', async () => {
    connectAs('lead');
    const { user } = renderInI18n(<TeamHubSection />);
    await user.click(screen.getByRole('button', { name: 'Disconnect…' }));
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    const notice = await screen.findByText(
      'Disconnected. Every decision made here and everything pulled from the hub are still on this computer.',
    );
    expect(notice).toHaveFocus();
    expect(hub.disconnect).toHaveBeenCalledTimes(1);
    expect(useSyncStore.getState().connection).toBeNull();
    // Forgotten, as the confirmation said: the form starts empty.
    expect(screen.getByLabelText('Hub address')).toHaveValue('');
    expect(screen.getByLabelText('Token')).toHaveValue('');
  });

  it('is worded in Traditional Chinese', async () => {
    connectAs('admin');
    const { user } = renderInI18n(<TeamHubSection />, 'zh-TW');
    expect(screen.getByText(/角色：管理員/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '中斷連線…' }));
    const confirm = screen.getByRole('group', { name: '要中斷與這個伺服器的連線嗎？' });
    expect(confirm).toHaveTextContent('會保留在這台電腦上');
    expect(confirm).toHaveTextContent('會被清除：伺服器位址、您的權杖和同步進度');
  });

  it('Escape in the confirmation does not close the Settings dialog', async () => {
    connectAs('lead');
    let closed = 0;
    const { user } = renderInI18n(<SettingsDialog onClose={() => (closed += 1)} />);
    await user.click(screen.getByRole('button', { name: 'Disconnect…' }));
    await user.keyboard('{Escape}');
    expect(closed).toBe(0);
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(closed).toBe(1);
  });
});
