/** Reserves the stock of one order; rejects when the inventory refuses. */
export type Reserve = (orderId: number) => Promise<void>;

/** Places an order; a failure says which order and keeps the inventory's error. */
export async function placeOrder(orderId: number, reserve: Reserve): Promise<string> {
  try {
    await reserve(orderId);
  } catch (error) {
    if (error instanceof Error) error.message = `could not place order ${orderId}: ${error.message}`;
    throw error;
  }
  return `order ${orderId} placed`;
}
