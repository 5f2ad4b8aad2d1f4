// Which Node the exercise checker runs on, checked before it loads: it runs .ts files as they are
// (type stripping), which a Node older than 22.18 cannot even parse, so this is plain JavaScript
// that scripts/exercise.mjs runs first. Pure.

/**
 * The first release of each line that strips types by default: 22.18.0 (package.json
 * `awaited.from`, which test/exercises/node-check.test.ts holds this to) and 23.6.0; every line
 * from 24 on does.
 */
export const TYPE_STRIPPING_FROM = { 22: [22, 18, 0], 23: [23, 6, 0] };

/**
 * The one line to print when `version` (as in `process.versions.node`) cannot run the checker, or
 * undefined when it can.
 * @param {string} version
 * @returns {string | undefined}
 */
export function nodeTooOld(version) {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (major >= 24) return undefined;
  const first = TYPE_STRIPPING_FROM[/** @type {22 | 23} */ (major)];
  if (first && (minor > first[1] || (minor === first[1] && patch >= first[2]))) return undefined;
  return `exercise: this is Node ${version}; the checker runs .ts files as they are, which needs Node 24 (or 22.18+): install it from https://nodejs.org/ (or run nvm install 24), then run npm run exercise again.`;
}
