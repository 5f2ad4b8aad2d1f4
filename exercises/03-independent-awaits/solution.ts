export interface Api {
  user(): Promise<{ name: string }>;
  notifications(): Promise<string[]>;
}

/** The dashboard's data: the user's name and how many notifications they have. */
export async function loadDashboard(api: Api): Promise<string> {
  const [user, notifications] = await Promise.all([api.user(), api.notifications()]);
  return `${user.name}: ${notifications.length} new`;
}
