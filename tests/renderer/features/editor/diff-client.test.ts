import { describe, expect, it } from 'vitest';
import { createDiffClient, type Compute } from '../../../../renderer/features/editor/diff-client';
import { computeDiff, type DiffResult } from '../../../../renderer/features/editor/diff-job';

/** A compute whose answers the test releases one by one, recording what it was asked. */
function heldCompute() {
  const asked: string[] = [];
  const release: (() => void)[] = [];
  const compute: Compute = (original, edited) => {
    asked.push(edited);
    return new Promise<DiffResult>((resolve) =>
      release.push(() => resolve(computeDiff(original, edited))),
    );
  };
  return { compute, asked, release };
}

describe('the diff client', () => {
  it('computes only the newest text while one diff runs; replaced requests get null', async () => {
    const held = heldCompute();
    const client = createDiffClient(held.compute);
    const first = client.request('abc', 'abcd');
    const second = client.request('abc', 'abcde');
    const third = client.request('abc', 'abcdef');
    await expect(second).resolves.toBeNull();
    expect(held.asked).toEqual(['abcd']);

    held.release.shift()?.();
    expect((await first)?.metrics.charDistance).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(held.asked).toEqual(['abcd', 'abcdef']);
    held.release.shift()?.();
    const newest = await third;
    expect(newest?.metrics.charDistance).toBe(3);
    const shown = newest?.ops.filter((op) => op.kind !== 'delete').map((op) => op.text);
    expect(shown?.join('')).toBe('abcdef');
  });

  it('answers null for a failed diff and keeps serving later requests', async () => {
    let calls = 0;
    const client = createDiffClient((original, edited) => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('worker gone'))
        : Promise.resolve(computeDiff(original, edited));
    });
    await expect(client.request('a', 'ab')).resolves.toBeNull();
    expect((await client.request('a', 'abc'))?.metrics.changed).toBe(true);
  });
});
