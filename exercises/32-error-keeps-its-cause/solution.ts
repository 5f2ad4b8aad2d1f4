/** Reserves the stock of one order; rejects when the inventory refuses. */
export type Reserve = (orderId: number) => Promise<void>;

/** Places an order; a failure says which order and keeps the inventory's error. */
export async function placeOrder(orderId: number, reserve: Reserve): Promise<string> {
  try {
    await reserve(orderId);
  } catch (error) {
    // Made here, after the await: its stack has this function and the chain awaiting it.
    throw new Error(`could not place order ${orderId}`, { cause: error });
  }
  return `order ${orderId} placed`;
}
