/**
 * One sync pass (SYNC.md §2–§4), from the client's side: make sure the device is known to this
 * hub, push the outbox in `deviceSeq` order, then pull the log page by page until it is whole.
 * Every answer carries who the hub is and how much of this device it holds; each is checked:
 * - another `hubId` or `epoch` than stored: the cursor is forgotten and the log pulled from zero;
 * - a `deviceWatermark` below what this device has settled: the hub lost events (restored from an
 *   older backup), so the settled ones above it go back to pending and are pushed again.
 * Nothing here waits or retries: a failure ends the pass and the engine decides when to come back.
 */
import { MAX_PULL_LIMIT, SYNC_LIMITS } from '../../shared/sync/limits';
import type { HubFailure } from '../../shared/sync/hub-failure';
import type { HubIdentity } from '../../shared/sync/hub-identity';
import { getOrCreateDeviceId } from '../db/repositories/meta-repository';
import {
  adoptHubIdentity,
  markDeviceRegistered,
  readHubState,
} from '../db/repositories/hub-state-repository';
import {
  expectedWatermark,
  hubMayBeBehind,
  nextPushBatch,
  recordPushResults,
  resendAbove,
} from '../db/repositories/outbox-repository';
import { applyPullPage } from '../db/repositories/pull-repository';
import { projectsOnHub } from '../db/repositories/projects-repository';
import type { SyncDeps } from './sync-types';

export type PassOutcome = { ok: true } | { ok: false; failure: HubFailure };

/** Records asked for per pull at most (SYNC.md §3), and at least once pages are made smaller. */
export const PULL_PAGE = 500;
const MIN_PULL_PAGE = 100;
/** How long applying one pulled page should hold the local store (see nextPullLimit). */
const PAGE_APPLY_TARGET_MS = 150;

const failed = (failure: HubFailure): PassOutcome => ({ ok: false, failure });

interface PassContext {
  deps: SyncDeps;
  deviceId: string;
  /** Pull progress, for the status line. */
  onPulled: (done: number, high: number) => void;
  /** Pushes stop when asked (the engine is stopping); the state stays consistent either way. */
  stopped: () => boolean;
  /** Settled events were put back to pending in this pass (the hub had lost them). */
  resent: boolean;
}

/** Checks an answer's identity and watermark; true when the cursor was reset. */
async function heed(context: PassContext, identity: HubIdentity): Promise<boolean> {
  const { deps } = context;
  const reset = await adoptHubIdentity(deps.db, identity);
  if (
    identity.deviceWatermark !== null &&
    !context.resent &&
    (await hubMayBeBehind(deps.db, context.deviceId, identity.deviceWatermark))
  ) {
    const settled = await expectedWatermark(deps.db);
    if (identity.deviceWatermark < settled) {
      // Once a pass: should the hub's watermark stay behind after everything went again (a slot
      // the hub can never fill, such as an id that collided with another device's), pushing
      // the same events round and round would never end. The next pass looks again.
      context.resent = true;
      const again = await resendAbove(deps.db, identity.deviceWatermark);
      if (again > 0) {
        deps.publishChange({ outbox: true });
      }
    }
  }
  if (reset) {
    deps.publishChange({ hub: true });
  }
  return reset;
}

async function register(context: PassContext): Promise<PassOutcome> {
  const { deps, deviceId } = context;
  const registered = await deps.hub.call({
    op: 'register-device',
    body: { deviceId, ...(deps.deviceLabel === undefined ? {} : { label: deps.deviceLabel }) },
  });
  if (!registered.ok) {
    return failed(registered.failure);
  }
  await heed(context, registered.value);
  await markDeviceRegistered(deps.db, registered.value);
  return { ok: true };
}

/** Makes sure the hub knows this device, for the identity the client holds. */
async function ensureRegistered(context: PassContext): Promise<PassOutcome> {
  const { deps, deviceId } = context;
  const state = await readHubState(deps.db);
  if (state.identity === undefined) {
    const hello = await deps.hub.call({ op: 'hello', deviceId });
    if (!hello.ok) {
      return failed(hello.failure);
    }
    await heed(context, hello.value);
  }
  const now = await readHubState(deps.db);
  const current =
    now.registration !== undefined &&
    now.identity !== undefined &&
    now.registration.hubId === now.identity.hubId &&
    now.registration.epoch === now.identity.epoch;
  return current ? { ok: true } : register(context);
}

async function pushOutbox(context: PassContext, onHub: ReadonlySet<string>): Promise<PassOutcome> {
  const { deps, deviceId } = context;
  let maxEvents = SYNC_LIMITS.maxPushEvents;
  let registeredAgain = false;
  // Past the last batch pushed: a row the hub did not answer for stays pending for the next pass.
  let after = 0;
  while (!context.stopped()) {
    const batch = await nextPushBatch(deps.db, onHub, maxEvents, SYNC_LIMITS.maxPushBytes, after);
    if (batch.events.length === 0) {
      return { ok: true };
    }
    const pushed = await deps.hub.call({ op: 'push', body: { deviceId, events: batch.events } });
    if (!pushed.ok) {
      const { failure } = pushed;
      if (failure.code === 'device_not_registered' && !registeredAgain) {
        // The hub forgot this device (restored from a backup older than its registration).
        registeredAgain = true;
        const again = await register(context);
        if (!again.ok) {
          return again;
        }
        continue;
      }
      if (failure.code === 'batch_too_large' && maxEvents > 1) {
        maxEvents = Math.max(1, Math.floor(maxEvents / 2));
        continue;
      }
      return failed(failure);
    }
    deps.checkpoint?.('push-answered');
    after = batch.rows.at(-1)?.deviceSeq ?? after;
    const recorded = await recordPushResults(
      deps.db,
      batch,
      pushed.value.results,
      deps.now().toISOString(),
    );
    deps.publishChange({
      outbox: true,
      ...(recorded.drafts.length > 0 ? { drafts: recorded.drafts } : {}),
    });
    await heed(context, pushed.value);
  }
  return { ok: true };
}

/**
 * The records asked for in the next page, from how long the last page of `records` took to
 * apply: a page is applied in one transaction over the drafts and the queue, and a reviewer's
 * read of the next draft waits behind it, so a page should take about PAGE_APPLY_TARGET_MS
 * (a fixed 500 held the store for most of a second here, and the next item took that long to
 * show while a large pull ran). Between MIN_PULL_PAGE and PULL_PAGE.
 */
export function nextPullLimit(records: number, applyMs: number): number {
  if (records === 0) {
    return PULL_PAGE;
  }
  const perRecord = Math.max(applyMs, 1) / records;
  const fits = Math.floor(PAGE_APPLY_TARGET_MS / perRecord);
  return Math.min(PULL_PAGE, MAX_PULL_LIMIT, Math.max(MIN_PULL_PAGE, fits));
}

async function pullLog(context: PassContext): Promise<PassOutcome> {
  const { deps, deviceId } = context;
  const ask = (after: number, limit: number) => {
    const answer = deps.hub.call({ op: 'pull', after, limit, deviceId });
    answer.catch(() => undefined); // awaited below, or dropped when the pass ends first
    return answer;
  };
  let done = 0;
  let limit = PULL_PAGE;
  let coming = ask((await readHubState(deps.db)).cursor, limit);
  for (;;) {
    const pulled = await coming;
    if (!pulled.ok) {
      return failed(pulled.failure);
    }
    const page = pulled.value;
    deps.checkpoint?.('pull-answered');
    if (await heed(context, page)) {
      // Another hub, or the same one restored: this page was read past a stale cursor.
      done = 0;
      coming = ask((await readHubState(deps.db)).cursor, limit);
      continue;
    }
    const more = page.hasMore && page.records.length > 0;
    if (more) {
      // The next page travels while this one is applied: the network and the disk overlap.
      coming = ask(page.nextCursor, limit);
    }
    const started = deps.now().getTime();
    const change = await applyPullPage(
      deps.db,
      { hubId: page.hubId, records: page.records, nextCursor: page.nextCursor },
      deps.now().toISOString(),
    );
    limit = nextPullLimit(page.records.length, deps.now().getTime() - started);
    deps.publishChange(change);
    done += page.records.length;
    context.onPulled(done, page.high);
    if (!more) {
      return { ok: true };
    }
  }
}

/** One whole pass: register if needed, push, pull, push what the pull unlocked. */
export async function runSyncPass(
  deps: SyncDeps,
  options: { onPulled: PassContext['onPulled']; stopped: () => boolean },
): Promise<PassOutcome> {
  const deviceId = await getOrCreateDeviceId(deps.db);
  const context: PassContext = { deps, deviceId, ...options, resent: false };
  const registered = await ensureRegistered(context);
  if (!registered.ok) {
    return registered;
  }
  const hubId = (await readHubState(deps.db)).identity?.hubId;
  const pushed = await pushOutbox(context, await projectsOnHub(deps.db, hubId));
  if (!pushed.ok) {
    return pushed;
  }
  const pulled = await pullLog(context);
  if (!pulled.ok) {
    return pulled;
  }
  // A pull may have brought the project that held decisions back (a lead published it), or a
  // reset may have put settled events back to pending: push once more.
  const after = await readHubState(deps.db);
  return pushOutbox(context, await projectsOnHub(deps.db, after.identity?.hubId));
}
