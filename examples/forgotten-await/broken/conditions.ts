// A Promise is an object, and an object is always truthy: each test below is always true.
declare function isAdmin(): Promise<boolean>;
declare function grant(): void;

export function guard(): void {
  if (isAdmin()) grant();
  const role = isAdmin() ? 'admin' : 'user';
  const allowed = isAdmin() && role === 'admin';
  console.log(role, allowed);
}
