// Every way a request can fail, as the HTTP status and JSON error the client gets. One function,
// `toHttpError`, decides for any thrown value, and the app's one error handler calls it.

/** A failure the client is told about: `{"error": code, "message": message}` with `status`. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly code: string;
  /** Seconds for the Retry-After header of a 503. */
  readonly retryAfterS: number | undefined;

  constructor(status: number, code: string, message: string, options: { cause?: unknown; retryAfterS?: number } = {}) {
    super(message, { cause: options.cause });
    this.status = status;
    this.code = code;
    this.retryAfterS = options.retryAfterS;
  }
}

export const notFound = (sku: string): HttpError => new HttpError(404, 'not_found', `There is no product with sku "${sku}".`);

export const noRoute = (method: string, url: string): HttpError => new HttpError(404, 'not_found', `There is no ${method} ${url}.`);

export const deadlineExceeded = (ms: number): HttpError => new HttpError(504, 'deadline_exceeded', `The request did not finish within its deadline of ${ms} ms.`);

export const upstreamUnavailable = (upstream: string, cause: unknown): HttpError =>
  new HttpError(503, 'upstream_unavailable', `The ${upstream} service did not answer; try again shortly.`, { cause, retryAfterS: 1 });

export const databaseBusy = (cause: unknown): HttpError =>
  new HttpError(503, 'database_busy', 'Every database connection is in use; try again shortly.', { cause, retryAfterS: 1 });

export const shuttingDown = (): HttpError => new HttpError(503, 'shutting_down', 'The service is shutting down; try again on another instance.', { retryAfterS: 1 });

/**
 * What the client is told about `error`. A request whose deadline signal has aborted is answered
 * with the signal's reason (504 deadline_exceeded, or 503 shutting_down when the shutdown stopped
 * it), whatever the interrupted call threw on its way out (an AbortError, a cancelled query).
 */
export function toHttpError(error: unknown, deadline: AbortSignal | undefined): HttpError {
  if (deadline?.aborted && deadline.reason instanceof HttpError) return deadline.reason;
  if (error instanceof HttpError) return error;
  // Fastify's own errors (a malformed request) carry their status.
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpError(status, 'bad_request', error instanceof Error ? error.message : 'The request is malformed.', { cause: error });
  }
  return new HttpError(500, 'internal_error', 'Something went wrong on our side.', { cause: error });
}
