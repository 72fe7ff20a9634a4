import { describe, expect, it } from 'vitest';
import { hasValidPayloadHash, payloadHash } from '../../../shared/review/payload-hash';

// Vectors computed independently: printf '%s' '<canonical json>' | sha256sum
describe('payloadHash', () => {
  it('hashes the empty payload of a skip', async () => {
    await expect(payloadHash({})).resolves.toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });

  it("hashes a lead's edit with non-ASCII text as UTF-8 of its canonical JSON", async () => {
    await expect(
      payloadHash({ verdict: 'edit', note: 'n', finalText: '最終稿 — ok' }),
    ).resolves.toBe('aa69bbb09a799a7bac9e0a12019a6922250677b91a08cef816a36cef4668de4d');
  });

  it('is the same whatever the key order, at any depth', async () => {
    const expected = 'be90d81b4e741fe06afe6571d9f78008a58e942cd9bad4aef8159d6a96fd86ac';
    await expect(payloadHash({ labels: { q1: ['a', 'b'], q2: 3 }, finalText: 'x' })).resolves.toBe(
      expected,
    );
    await expect(payloadHash({ finalText: 'x', labels: { q2: 3, q1: ['a', 'b'] } })).resolves.toBe(
      expected,
    );
  });

  it('changes when the order inside an array changes', async () => {
    expect(await payloadHash({ q: ['a', 'b'] })).not.toBe(await payloadHash({ q: ['b', 'a'] }));
  });

  it('rejects a payload canonical JSON refuses', async () => {
    await expect(payloadHash({ score: Number.NaN })).rejects.toThrow('not a finite number');
  });

  it('checks an event against its hash', async () => {
    const payload = { text: 'looks fine' };
    const good = { payload, payloadHash: await payloadHash(payload) };
    await expect(hasValidPayloadHash(good)).resolves.toBe(true);
    await expect(hasValidPayloadHash({ ...good, payload: { text: 'edited later' } })).resolves.toBe(
      false,
    );
  });
});
