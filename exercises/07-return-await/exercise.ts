export interface Settings {
  theme: string;
  pageSize: number;
}

export const defaults: Settings = { theme: 'light', pageSize: 20 };

/** The saved settings, or the defaults when they cannot be read. */
export async function loadSettings(read: () => Promise<Settings>): Promise<Settings> {
  try {
    return read();
  } catch {
    return defaults;
  }
}
