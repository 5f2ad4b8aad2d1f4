// Promise.all keeps each position's type only when it is given a tuple.
declare function loadName(): Promise<string>;
declare function loadCount(): Promise<number>;

export async function report(): Promise<string> {
  const tasks = [loadName(), loadCount()]; // an array: (Promise<string> | Promise<number>)[]
  const [name, count] = await Promise.all(tasks);
  return `${name.toUpperCase()}: ${count.toFixed(0)}`;
}
