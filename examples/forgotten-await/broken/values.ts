// Using a Promise where its value was meant: tsc reports a type error, usually with a hint.
declare function getName(): Promise<string>;
declare function getCount(): Promise<number>;

export function report(): void {
  const length = getName().length;
  const next = getCount() + 1;
  const n: number = getCount();
  console.log(length, next, n);
}
