import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { setMeta } from '../../../../renderer/db/repositories/meta-repository';
import {
  DEFAULT_KEYMAP,
  actionForKey,
  invalidKeyReason,
  normaliseKey,
} from '../../../../renderer/stores/keymap/keymap-keys';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

const store = () => useKeymapStore.getState();

beforeEach(async () => {
  await resetAppEnvironment();
  // app-env does not know this store yet; reset it like the others.
  store().reset();
});

/** A restart as the app sees it: everything forgotten, then the keymap read again. */
async function restart() {
  simulateRestart();
  store().reset();
  await store().load();
}

describe('keymap store', () => {
  it('starts on the documented defaults', async () => {
    await store().load();
    expect(store().keymap).toEqual({
      approve: 'a',
      edit: 'e',
      escalate: 'x',
      skip: 's',
      undo: 'z',
      next: 'j',
      previous: 'k',
      cheatsheet: '?',
    });
  });

  it('keeps a remap across a restart', async () => {
    await store().load();
    await expect(store().assignKey('approve', 'Q')).resolves.toEqual({ ok: true, key: 'q' });

    await restart();

    expect(store().keymap.approve).toBe('q');
    expect(actionForKey(store().keymap, 'Q')).toBe('approve');
    expect(actionForKey(store().keymap, 'a')).toBeUndefined();
  });

  it('refuses a key another action holds, naming that action, and changes nothing', async () => {
    await store().load();
    const result = await store().assignKey('approve', 'J');

    expect(result).toEqual({ ok: false, reason: 'conflict', key: 'j', conflictsWith: 'next' });
    expect(store().keymap).toEqual(DEFAULT_KEYMAP);
  });

  it('swaps the two keys when asked', async () => {
    await store().load();
    const result = await store().assignKey('approve', 'j', { swap: true });

    expect(result).toEqual({ ok: true, key: 'j', swappedWith: 'next' });
    await restart();
    expect(store().keymap.approve).toBe('j');
    expect(store().keymap.next).toBe('a');
  });

  it.each([
    ['Enter', 'enter'],
    ['Tab', 'tab'],
    ['Escape', 'escape'],
    [' ', 'space'],
    ['Shift', 'modifier'],
    ['Control', 'modifier'],
    ['Meta', 'modifier'],
    ['Alt', 'modifier'],
    ['Process', 'unusable'],
    ['Dead', 'unusable'],
  ])('refuses %j with the reason %s', async (key, reason) => {
    await store().load();
    const result = await store().assignKey('skip', key);

    expect(result).toMatchObject({ ok: false, reason: 'invalid', invalid: reason });
    expect(store().keymap.skip).toBe('s');
  });

  it('resets to the defaults, durably', async () => {
    await store().load();
    await store().assignKey('undo', 'u');
    await store().resetToDefaults();
    await restart();

    expect(store().keymap).toEqual(DEFAULT_KEYMAP);
  });

  it('falls back to defaults for a stored map with an invalid key or a duplicate', async () => {
    await setMeta(getDatabase(), 'keymap', { approve: 'Enter', skip: 'q' });
    await store().load();
    expect(store().keymap).toEqual({ ...DEFAULT_KEYMAP, skip: 'q' });

    await setMeta(getDatabase(), 'keymap', { approve: 'j' });
    await restart();
    expect(store().keymap).toEqual(DEFAULT_KEYMAP);
  });

  it('identifies keys case-insensitively, and symbols as typed', () => {
    expect(normaliseKey('A')).toBe('a');
    expect(normaliseKey('?')).toBe('?');
    expect(normaliseKey('ArrowDown')).toBe('ArrowDown');
    expect(invalidKeyReason('ArrowDown')).toBeNull();
    expect(actionForKey(DEFAULT_KEYMAP, '?')).toBe('cheatsheet');
  });
});
