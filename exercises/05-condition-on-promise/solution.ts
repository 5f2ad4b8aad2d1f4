/** Whether `user` may post: yes unless they are banned. */
export async function canPost(user: string, isBanned: (user: string) => Promise<boolean>): Promise<boolean> {
  if (!(await isBanned(user))) return true;
  return false;
}
