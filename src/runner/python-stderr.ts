// What a Python sample's stderr says went wrong, each problem at the sample's own file and line.
// `-X dev -W error` turns a never-awaited coroutine (RuntimeWarning) and an unclosed resource
// (ResourceWarning) into exceptions, but Python reports those from the garbage collector ("Exception
// ignored in: …") and still exits 0; "Task exception was never retrieved" is logged, not raised.
// So the stderr is read: every exception or warning it names is a problem, located at the last
// frame in the sample's files (those under the folder it ran in; the standard library's are not).
// Pure: the runner passes the text and the folder.

export interface PythonProblem {
  /** `examples/x/name.py`, when a frame in the sample's files says where. */
  file: string | undefined;
  line: number | undefined;
  message: string;
}

const FRAME = /^\s*File "(.+)", line (\d+)/;
// An exception or warning line as a traceback ends it: `ValueError: boom`, `asyncio.exceptions.CancelledError`.
const RAISED = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Interrupt|Exit|Group)(?::.*)?$/;
const NEVER_RETRIEVED = 'Task exception was never retrieved';
// asyncio's debug mode logs callbacks slower than 0.1 s: a fact about the machine's load, not the sample.
const SLOW_CALLBACK = /^Executing <.*> took \d+(?:\.\d+)? seconds$/;
// The lines a traceback is made of, besides frames and the raised line.
const TRACEBACK_TEXT = /^(?:Traceback \(most recent call last\):|Exception ignored in: .*|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:|Coroutine created at \(most recent call last\)|source_traceback: Object created at \(most recent call last\):|future: <.*>|\s.*)$/;

interface Located {
  file: string;
  line: number;
}

/** A frame's file as an id under the folder it ran in, or undefined for a file outside it. */
function localFile(file: string, cwd: string): string | undefined {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  if (file.startsWith(prefix)) return file.slice(prefix.length);
  return file.startsWith('/') ? undefined : file;
}

/** `examples/x/name.py:9: RuntimeWarning: coroutine 'tick' was never awaited` */
export function describePythonProblem(problem: PythonProblem): string {
  return problem.file === undefined ? problem.message : `${problem.file}:${String(problem.line)}: ${problem.message}`;
}

/** Every exception, warning and stray line on a Python sample's stderr, located in its files. */
export function pythonProblems(stderr: string, cwd: string): PythonProblem[] {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !SLOW_CALLBACK.test(line));
  // For each line, the last frame in the sample's files at or before it.
  let last: Located | undefined;
  const before = lines.map((line) => {
    const frame = FRAME.exec(line);
    const file = frame ? localFile(frame[1] ?? '', cwd) : undefined;
    if (frame && file !== undefined) last = { file, line: Number(frame[2]) };
    return last;
  });
  const raised = lines.flatMap((line, index) => (RAISED.test(line) ? [index] : []));
  const problems: PythonProblem[] = [];
  let neverRetrieved = false;
  raised.forEach((index, n) => {
    const previous = raised[n - 1] ?? -1;
    const next = raised[n + 1] ?? lines.length;
    // A traceback's frames come before its line; a never-awaited coroutine's origin comes after it.
    const since = before[index] !== before[previous] || previous < 0 ? before[index] : undefined;
    const where = since ?? (before[next - 1] !== before[index] ? before[next - 1] : undefined);
    neverRetrieved ||= lines.slice(previous + 1, index).includes(NEVER_RETRIEVED);
    const message = neverRetrieved ? `${NEVER_RETRIEVED}: ${lines[index] ?? ''}` : (lines[index] ?? '');
    neverRetrieved = false;
    problems.push({ file: where?.file, line: where?.line, message });
  });
  // Anything else the sample printed on stderr is a problem too, as for TypeScript.
  for (const line of lines) {
    if (!RAISED.test(line) && !FRAME.test(line) && !TRACEBACK_TEXT.test(line) && line !== NEVER_RETRIEVED) problems.push({ file: undefined, line: undefined, message: `stderr: ${line}` });
  }
  return problems;
}
