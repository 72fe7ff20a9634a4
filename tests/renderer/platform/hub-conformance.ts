/**
 * The hub part of the Bridge conformance suite (issue 11), against a real hub on 127.0.0.1:
 * whichever runtime makes the HTTP calls (main in Electron, the page in the browser build), a
 * caller sees the same connect, refusal, calls, disconnect and poke stream — and never gets the
 * token back from the bridge.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../renderer/platform/bridge';
import type { Poke, PokeStreamState } from '../../../shared/sync/poke-stream';
import { startRealHub, type RealHub } from '../../electron/support/real-hub';

/** Registers the hub tests; `bridge()` is the current test's bridge. */
export function describeHubConformance(bridge: () => Bridge): void {
  describe('hub', () => {
    let hub: RealHub;
    let devices = 0;

    beforeAll(async () => {
      hub = await startRealHub();
      await hub.seedProject();
    });
    afterAll(() => hub.close());

    const connectReviewer = async () => {
      const answer = await bridge().hub.connect(hub.url, hub.users.reviewer.token);
      expect(answer.ok).toBe(true);
      return answer;
    };

    it('connects with a token the hub accepts, and says who the user is', async () => {
      const answer = await connectReviewer();
      expect(answer).toMatchObject({
        ok: true,
        hello: { user: { id: 'user-rita', name: 'rita', role: 'reviewer' } },
        connection: { url: hub.url },
      });
      const connection = await bridge().hub.connection();
      expect(connection.url).toBe(hub.url);
      expect(['encrypted', 'plaintext']).toContain(connection.storage);
      // What the bridge hands back never holds the token.
      expect(JSON.stringify([answer, connection])).not.toContain(hub.users.reviewer.token);
    });

    it('refuses a token the hub does not know, and stays unconnected', async () => {
      const answer = await bridge().hub.connect(hub.url, `${hub.users.reviewer.token}x`);
      expect(answer).toMatchObject({ ok: false, failure: { kind: 'unauthorized', status: 401 } });
      expect((await bridge().hub.connection()).url).toBeNull();
      await expect(bridge().hub.call({ op: 'hello' })).resolves.toMatchObject({
        ok: false,
        failure: { kind: 'not-connected' },
      });
    });

    it.each([
      ['ftp://127.0.0.1/', 'url_scheme'],
      ['http://rita:pw@127.0.0.1:1', 'url_credentials'],
    ])('refuses the address %s', async (url, code) => {
      await expect(bridge().hub.connect(url, hub.users.reviewer.token)).resolves.toMatchObject({
        ok: false,
        failure: { kind: 'refused', code },
      });
      expect((await bridge().hub.connection()).url).toBeNull();
    });

    it('calls the connected hub with the kept token', async () => {
      await bridge().hub.connect(hub.url, hub.users.lead.token);
      const projects = await bridge().hub.call({ op: 'list-projects' });
      expect(projects.ok && projects.value.projects.map((project) => project.projectId)).toEqual([
        'proj-1',
      ]);
      // A refusal by the hub is an answer, not an exception.
      await expect(
        bridge().hub.call({ op: 'push', body: { deviceId: 'lead-device', events: [{}] } }),
      ).resolves.toMatchObject({ ok: false });
    });

    it('forgets the hub on disconnect', async () => {
      await connectReviewer();
      await bridge().hub.disconnect();
      expect((await bridge().hub.connection()).url).toBeNull();
      await expect(bridge().hub.call({ op: 'list-projects' })).resolves.toMatchObject({
        ok: false,
        failure: { kind: 'not-connected' },
      });
    });

    it('follows the poke stream: a poke on opening, one after a push, none once stopped', async () => {
      await connectReviewer();
      const deviceId = `conformance-${(devices += 1)}-${Date.now()}`;
      await bridge().hub.call({ op: 'register-device', body: { deviceId } });
      const pokes: Poke[] = [];
      const states: PokeStreamState['state'][] = [];
      const stop = bridge().hub.followPokes(
        (poke) => pokes.push(poke),
        (state) => states.push(state.state),
      );
      try {
        await vi.waitFor(() => expect(pokes.length).toBeGreaterThanOrEqual(1));
        expect(states).toContain('open');
        const event = await hub.approval(hub.users.reviewer, deviceId, 1);
        const pushed = await bridge().hub.call({ op: 'push', body: { deviceId, events: [event] } });
        const seq =
          pushed.ok && pushed.value.results[0]?.status === 'accepted'
            ? pushed.value.results[0].seq
            : -1;
        await vi.waitFor(() => expect(pokes.at(-1)?.high).toBeGreaterThanOrEqual(seq));
      } finally {
        stop();
      }
      const seen = pokes.length;
      const again = await hub.approval(hub.users.reviewer, deviceId, 2);
      await bridge().hub.call({ op: 'push', body: { deviceId, events: [again] } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pokes).toHaveLength(seen);
    });

    it('says "not connected" to a caller that follows pokes before connecting', async () => {
      const states: PokeStreamState[] = [];
      const stop = bridge().hub.followPokes(
        () => undefined,
        (state) => states.push(state),
      );
      await vi.waitFor(() =>
        expect(states).toContainEqual({
          state: 'stopped',
          failure: expect.objectContaining({ kind: 'not-connected' }) as unknown,
        }),
      );
      stop();
    });
  });
}
