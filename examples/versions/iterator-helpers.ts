// Feature: iterator helpers (`Iterator.prototype.map`, `filter`, `take`, `toArray`)
// Source: https://nodejs.org/en/blog/release/v22.0.0
// Fallback: none needed on 22; async iterables have no such helpers yet: use a for await loop
// Lazy helpers on every iterator: only the values `take` asks for are computed.
function* naturals(): Generator<number> {
  for (let n = 1; ; n++) yield n;
}
const firstSquares = naturals()
  .map((n) => n * n)
  .filter((n) => n % 2 === 1)
  .take(3)
  .toArray();
console.log(firstSquares.join(' '));
