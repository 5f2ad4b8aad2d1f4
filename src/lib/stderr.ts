// What an example may print on stderr: nothing, except Node's own notice that a feature the page
// discusses is experimental (that notice is the runtime's, not the example's).
const RUNTIME_NOTICE = [/^\(node:\d+\) ExperimentalWarning: /, /^\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)$/];

export function unexpectedStderr(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => !RUNTIME_NOTICE.some((notice) => notice.test(line)));
}
