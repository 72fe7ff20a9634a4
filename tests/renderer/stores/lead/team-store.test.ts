/**
 * The lead's team list (issue 14): fetched from the hub once per connection and after a
 * finished sync at most every few minutes, only for a lead or an admin, kept in the local store
 * so names show offline and after a restart; `nameOf` answers null for an id it does not know.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { startHubSession } from '../../../../renderer/db/repositories/hub-state-repository';
import { readTeam } from '../../../../renderer/db/repositories/team-repository';
import { getBridge, setBridge } from '../../../../renderer/platform/current-bridge';
import {
  knownNames,
  TEAM_REFRESH_MS,
  useTeamStore,
} from '../../../../renderer/stores/lead/team-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { TeamMember } from '../../../../shared/sync/team';
import type { HubRole } from '../../../../shared/sync/roles';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';
import { createFakeHub, fail, ok, type FakeHub } from '../../sync/fake-hub';

const URL = 'https://hub.example';
const member = (id: string, name: string, role: HubRole = 'reviewer'): TeamMember => ({
  id,
  name,
  role,
  revokedAt: null,
});
const TEAM = [member('u-lead', 'Lee', 'lead'), member('u-ann', '林安'), member('u-bo', 'Bo')];

let hub: FakeHub;
const team = () => useTeamStore.getState();

/** The stored session as `role`, read by the sync store (no engine: statuses are set by hand). */
async function connectedAs(role: HubRole) {
  await startHubSession(getDatabase(), URL, { id: 'u-lead', name: 'Lee', role }, 'x');
  await useSyncStore.getState().refresh();
}

const teamCalls = () => hub.callsOf('team').length;
const synced = () => {
  useSyncStore.setState({ status: { phase: 'syncing' } });
  useSyncStore.setState({ status: { phase: 'synced' } });
};

beforeEach(async () => {
  await resetAppEnvironment();
  team().reset();
  await useSyncStore.getState().reset();
  hub = createFakeHub();
  setBridge({
    ...getBridge(),
    hub: { ...getBridge().hub, call: (call) => hub.call(call) },
  });
});
afterEach(() => {
  team().reset();
  vi.restoreAllMocks();
});

describe('this machine’s reviewer', () => {
  it('is named by their own profile with no hub, and follows a new display name', async () => {
    await useProfileStore.getState().load();
    await useProfileStore.getState().saveDisplayName('Mei-Ling 林');
    const me = useProfileStore.getState().profile!.reviewerId;
    await team().start();
    expect(team().nameOf(me)).toBe('Mei-Ling 林');
    expect(knownNames(team())).toEqual({ [me]: 'Mei-Ling 林' });
    expect(teamCalls()).toBe(0); // solo: nobody to ask

    const before = team().nameOf;
    await useProfileStore.getState().saveDisplayName('美玲');
    expect(team().nameOf).not.toBe(before); // screens redraw with it
    expect(team().nameOf(me)).toBe('美玲');
    expect(team().nameOf('someone-else')).toBeNull();
  });
});

describe('fetching the team', () => {
  it('names teammates for a connected lead, and answers null for an unknown id', async () => {
    hub.once('team', ok({ users: TEAM }));
    await connectedAs('lead');
    await team().start();
    await vi.waitFor(() => expect(team().nameOf('u-ann')).toBe('林安'));
    expect(team().nameOf('u-bo')).toBe('Bo');
    expect(team().nameOf('u-nobody')).toBeNull();
    expect(teamCalls()).toBe(1);
    expect((await readTeam(getDatabase()))?.users).toEqual(TEAM);
  });

  it.each([
    ['a reviewer', 'reviewer'],
    ['an evaluator', 'evaluator'],
  ] as const)('never asks the hub for %s', async (_who, role) => {
    await connectedAs(role);
    await team().start();
    synced();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(teamCalls()).toBe(0);
    expect(team().nameOf('u-ann')).toBeNull();
  });

  it('asks once per connection, again after a sync only when the list is older than the refresh time', async () => {
    let clock = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    hub.once('team', ok({ users: TEAM }));
    await connectedAs('admin');
    await team().start();
    await vi.waitFor(() => expect(team().nameOf('u-bo')).toBe('Bo'));

    clock += TEAM_REFRESH_MS - 1;
    synced();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(teamCalls()).toBe(1);

    hub.once('team', ok({ users: [member('u-bo', 'Bo Chen'), ...TEAM.slice(0, 2)] }));
    clock += 1;
    synced();
    await vi.waitFor(() => expect(team().nameOf('u-bo')).toBe('Bo Chen'));
    expect(teamCalls()).toBe(2);
  });

  it('asks again for another connection', async () => {
    hub.once('team', ok({ users: TEAM }));
    await connectedAs('lead');
    await team().start();
    await vi.waitFor(() => expect(teamCalls()).toBe(1));
    hub.once('team', ok({ users: [member('u-cy', 'Cy')] }));
    await startHubSession(getDatabase(), 'https://other.example', TEAM[0]!, 'y');
    await useSyncStore.getState().refresh();
    await vi.waitFor(() => expect(team().nameOf('u-cy')).toBe('Cy'));
    // The first hub's teammates keep their names: their decisions stay on this machine.
    expect(team().nameOf('u-ann')).toBe('林安');
  });
});

describe('offline', () => {
  it('names teammates from the stored list after a restart while the hub cannot be reached', async () => {
    hub.once('team', ok({ users: TEAM }));
    await connectedAs('lead');
    await team().start();
    await vi.waitFor(() => expect(team().nameOf('u-ann')).toBe('林安'));

    simulateRestart();
    team().reset();
    await useSyncStore.getState().reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hub.down = { kind: 'offline', message: 'unreachable' };
    expect(team().nameOf('u-ann')).toBeNull();
    await useSyncStore.getState().refresh();
    await team().start();
    expect(team().nameOf('u-ann')).toBe('林安');
    await vi.waitFor(() => expect(teamCalls()).toBe(2));
    expect(team().nameOf('u-ann')).toBe('林安');
  });

  it('keeps the stored names when the hub refuses (the role changed)', async () => {
    hub.once('team', ok({ users: TEAM }));
    await connectedAs('lead');
    await team().start();
    await vi.waitFor(() => expect(team().nameOf('u-bo')).toBe('Bo'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hub.once('team', fail({ kind: 'refused', status: 403, code: 'forbidden', message: 'no' }));
    expect(await team().fetch()).toBe(false);
    expect(team().nameOf('u-bo')).toBe('Bo');
  });
});
