// The capstone's upstreams (capstone/upstreams/): what they answer, and the control the checks use.
import { describe, expect, it } from 'vitest';
import { startUpstreams } from '../../capstone/upstreams/upstreams.ts';

describe('the capstone upstreams', () => {
  it('answer each known sku, 404 for another, and fail an evenly spread share when told', async () => {
    await using upstreams = await startUpstreams();
    const get = async (url: string): Promise<[number, unknown]> => {
      const response = await fetch(url);
      return [response.status, await response.json()];
    };
    expect(await get(`${upstreams.prices.url}/prices/kettle`)).toEqual([200, { sku: 'kettle', price: 34.5 }]);
    expect(await get(`${upstreams.stock.url}/stock/teapot`)).toEqual([200, { sku: 'teapot', available: false }]);
    expect((await get(`${upstreams.stock.url}/stock/anvil`))[0]).toBe(404);
    upstreams.prices.reset();
    upstreams.prices.set({ fail: 0.25, failStatus: 503 });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await get(`${upstreams.prices.url}/prices/mug`))[0]);
    expect(statuses).toEqual([200, 200, 200, 503, 200, 200, 200, 503]);
    expect(upstreams.prices.stats).toMatchObject({ requests: 8, answered: 6, failed: 2, aborted: 0, inFlight: 0 });
  });

  it('count an aborted fetch and the most requests in flight at once', async () => {
    await using upstreams = await startUpstreams();
    upstreams.stock.set({ delayMs: (index) => (index === 0 ? 60_000 : 0) });
    const controller = new AbortController();
    const slow = fetch(`${upstreams.stock.url}/stock/mug`, { signal: controller.signal }).catch((error: unknown) => error);
    while (upstreams.stock.stats.inFlight === 0) await new Promise((resolve) => setImmediate(resolve));
    await (await fetch(`${upstreams.stock.url}/stock/mug`)).json();
    controller.abort(new Error('deadline'));
    expect(await slow).toEqual(new Error('deadline'));
    await upstreams.stock.idle();
    expect(upstreams.stock.stats).toMatchObject({ requests: 2, answered: 1, aborted: 1, inFlight: 0, peakInFlight: 2 });
  });
});
