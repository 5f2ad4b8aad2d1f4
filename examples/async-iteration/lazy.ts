// Deno: --allow-net
// Calling an async generator starts nothing: orders() sends its first request when the loop asks
// for the first order, and each later page when the loop asks for that page's first order.
import { orders } from './orders.ts';
import { startOrdersApi } from './orders-api.ts';

const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: 5 });
try {
  // #region lazy
  const all = orders(api.url);
  console.log(`pages fetched after orders(): ${api.answered}`);
  let count = 0;
  for await (const order of all) {
    count++;
    if (order.id % 10 === 1) console.log(`order #${order.id}: pages fetched ${api.answered}`);
  }
  console.log(`${count} orders from ${api.answered} pages`);
  // #endregion lazy
} finally {
  await api.close();
}
