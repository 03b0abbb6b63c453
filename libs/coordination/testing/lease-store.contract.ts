import { LeaseStore } from '../lease-store';

export interface TempLeaseStore {
  /** A new connection to the same store, as another process would open it, reading `clock`. */
  connect(clock: () => number): LeaseStore;
  /** Removes the store and whatever connections are left open. */
  cleanup(): Promise<void>;
}

const TTL = 10_000;

/**
 * What every lease adapter promises: one holder at a time across processes, expiry, a fencing
 * token that grows with every new tenure, and a deposed holder that can neither renew nor release.
 */
export function describeLeaseStoreContract(adapter: string, openTemp: () => Promise<TempLeaseStore>): void {
  describe(`lease store contract: ${adapter}`, () => {
    let temp: TempLeaseStore;
    let now: number;
    const clock = () => now;
    beforeEach(async () => {
      now = Date.parse('2026-03-01T09:00:00Z');
      temp = await openTemp();
    });
    afterEach(() => temp.cleanup());

    it('gives a free lease to the first process that asks and refuses a second holder while it runs', async () => {
      const [a, b] = [temp.connect(clock), temp.connect(clock)];
      const lease = await a.acquire('sla', 'worker-a', TTL);
      expect(lease).toMatchObject({ name: 'sla', holder: 'worker-a', token: 1, expiresAt: now + TTL });
      now += TTL - 1;
      expect(await b.acquire('sla', 'worker-b', TTL)).toBeNull();
      expect(await b.isCurrent(lease!)).toBe(true);
      expect(await b.current('sla')).toEqual(lease);
      now += 1;
      expect(await b.current('sla')).toBeNull();
    });

    it('lets exactly one of many processes racing for a free lease win', async () => {
      const stores = Array.from({ length: 6 }, () => temp.connect(clock));
      const results = await Promise.all(stores.map((s, i) => s.acquire('automation', `worker-${i}`, TTL)));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('keeps the token when its holder renews and raises it when a successor takes an expired lease', async () => {
      const [a, b] = [temp.connect(clock), temp.connect(clock)];
      const first = (await a.acquire('sla', 'worker-a', TTL))!;
      now += 5000;
      const renewed = (await a.renew(first, TTL))!;
      expect(renewed).toMatchObject({ token: first.token, expiresAt: now + TTL });
      expect(await a.acquire('sla', 'worker-a', TTL)).toMatchObject({ token: first.token });
      now += TTL;
      const successor = (await b.acquire('sla', 'worker-b', TTL))!;
      expect(successor.token).toBe(first.token + 1);
      expect(await a.isCurrent(renewed)).toBe(false);
      expect(await a.renew(renewed, TTL)).toBeNull();
    });

    it('gives a fresh token to a holder that comes back after its lease ran out, so its old writes stay refused', async () => {
      const a = temp.connect(clock);
      const first = (await a.acquire('sla', 'worker-a', TTL))!;
      now += TTL;
      const again = (await a.acquire('sla', 'worker-a', TTL))!;
      expect(again.token).toBe(first.token + 1);
      expect(await a.isCurrent(first)).toBe(false);
    });

    it('frees a released lease at once, and a deposed holder releasing changes nothing', async () => {
      const [a, b] = [temp.connect(clock), temp.connect(clock)];
      const first = (await a.acquire('sla', 'worker-a', TTL))!;
      await a.release(first);
      const second = (await b.acquire('sla', 'worker-b', TTL))!;
      expect(second.token).toBe(first.token + 1);
      await a.release(first);
      expect(await b.isCurrent(second)).toBe(true);
      expect(await a.acquire('sla', 'worker-a', TTL)).toBeNull();
    });

    it('keeps leases of different names apart and keeps them across a reconnect', async () => {
      const a = temp.connect(clock);
      const sla = (await a.acquire('sla', 'worker-a', TTL))!;
      expect(await a.acquire('automation', 'worker-b', TTL)).toMatchObject({ holder: 'worker-b', token: 1 });
      await a.close();
      const reopened = temp.connect(clock);
      expect(await reopened.isCurrent(sla)).toBe(true);
      expect(await reopened.acquire('sla', 'worker-c', TTL)).toBeNull();
    });
  });
}
