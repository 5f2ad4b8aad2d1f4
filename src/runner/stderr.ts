// What an example may print on stderr: nothing, except Node's own notices that a feature the page
// discusses is experimental (the runtime's, not the example's). Those notices are kept in the
// record per Node release, so a page that says "experimental" or "warns" rests on a run.
const NOTICE = /^\(node:\d+\) (\w*Warning): (.*)$/;
const TRACE_HINT = /^\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)$/;
// Only these warning types are the runtime's word about a feature; any other is the example's.
const RUNTIME_WARNINGS = new Set(['ExperimentalWarning']);

function lines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

function runtimeNotice(line: string): string | undefined {
  const match = NOTICE.exec(line);
  return match && RUNTIME_WARNINGS.has(match[1] ?? '') ? `${match[1]}: ${match[2]}` : undefined;
}

/** Lines of stderr that are not the runtime's notices: each is a problem. */
export function unexpectedStderr(stderr: string): string[] {
  return lines(stderr).filter((line) => runtimeNotice(line) === undefined && !TRACE_HINT.test(line));
}

/** The runtime's notices, without the process id: `ExperimentalWarning: SQLite is an experimental feature …`. */
export function runtimeNotices(stderr: string): string[] {
  return [...new Set(lines(stderr).flatMap((line) => runtimeNotice(line) ?? []))];
}
