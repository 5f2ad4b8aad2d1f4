// The parts of node-postgres's pool these functions use (the real ones are in pg's types).
export interface QueryResult<Row> {
  rows: Row[];
}
export interface PoolClient {
  query<Row>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
  /** Gives the connection back to the pool. */
  release(): void;
}
export interface Pool {
  /** Lends a client until its release(); waits while every connection is lent. */
  connect(): Promise<PoolClient>;
  /** Checks a client out, runs one statement and releases it. */
  query<Row>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
}
/** The exchange-rate service: another service, over the network. */
export type Rates = (currency: string) => Promise<number>;

/** The product's price in `currency`, in cents, stored as a quote. */
export async function quote(pool: Pool, productId: string, currency: string, rates: Rates): Promise<number> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ cents: number }>('SELECT cents FROM products WHERE id = $1', [productId]);
    const rate = await rates(currency);
    const price = Math.round((rows[0]?.cents ?? 0) * rate);
    await client.query('INSERT INTO quotes (product, currency, cents) VALUES ($1, $2, $3)', [productId, currency, price]);
    return price;
  } finally {
    client.release();
  }
}
