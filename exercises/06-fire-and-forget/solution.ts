export interface Services {
  createUser(email: string): Promise<string>;
  sendWelcome(id: string): Promise<void>;
  log(message: string): void;
}

/** Creates the account and returns its id; the welcome mail goes out in the background. */
export async function signUp(email: string, services: Services): Promise<string> {
  const id = await services.createUser(email);
  // Not awaited on purpose, but handled: a failed mail is logged, not a crash.
  services.sendWelcome(id).catch((error: unknown) => services.log(`welcome mail to ${id} failed: ${error instanceof Error ? error.message : String(error)}`));
  return id;
}
