// Each of these compiles without a single error, and each is a forgotten await.
declare function isAdmin(): Promise<boolean>;
declare function save(item: string): Promise<void>;
declare function deny(): void;

export function handle(items: string[]): void {
  if (!isAdmin()) deny();
  save('draft');
  items.forEach(async (item) => {
    await save(item);
  });
  setTimeout(async () => {
    await save('later');
  }, 10);
}
