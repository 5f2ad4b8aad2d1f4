export interface Services {
  createUser(email: string): Promise<string>;
  sendWelcome(id: string): Promise<void>;
  log(message: string): void;
}

/** Creates the account and returns its id; the welcome mail goes out in the background. */
export async function signUp(email: string, services: Services): Promise<string> {
  const id = await services.createUser(email);
  void services.sendWelcome(id);
  return id;
}
