import { describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../../../renderer/stores/review/save-queue';

/** A promise the test settles by hand. */
function held<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the save queue', () => {
  it('starts each save only after the one before it settled, and counts what is pending', async () => {
    const queue = createSaveQueue();
    const first = held<string>();
    const started: string[] = [];
    const a = queue.run(() => {
      started.push('a');
      return first.promise;
    });
    const b = queue.run(() => {
      started.push('b');
      return Promise.resolve('b');
    });
    await Promise.resolve();
    expect(started).toEqual(['a']);
    expect(queue.pending()).toBe(2);

    first.resolve('a');
    expect(await a).toEqual({ ok: true, value: 'a' });
    expect(await b).toEqual({ ok: true, value: 'b' });
    expect(started).toEqual(['a', 'b']);
    expect(queue.pending()).toBe(0);
  });

  it('a failed save is an outcome and does not stop the ones behind it', async () => {
    const queue = createSaveQueue();
    const failing = queue.run(() => Promise.reject(new Error('disk full')));
    const next = queue.run(() => Promise.resolve(2));
    expect(await failing).toMatchObject({ ok: false, error: new Error('disk full') });
    expect(await next).toEqual({ ok: true, value: 2 });
    expect(queue.pending()).toBe(0);
  });

  it('forgetting the count never lets it go below zero', async () => {
    const queue = createSaveQueue();
    const job = held<number>();
    const running = queue.run(() => job.promise);
    queue.forget();
    job.resolve(1);
    await running;
    expect(queue.pending()).toBe(0);
  });
});
