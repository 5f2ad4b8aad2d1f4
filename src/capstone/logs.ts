// The service's log: pino JSON lines on stdout (Fastify's logger). Pure: parses what the service
// process printed, keeping a line that is not JSON as it is, so a check can say what it was.

/** One line the service printed: its JSON fields, or `{ text }` when it was not a JSON object. */
export type LogLine = Record<string, unknown> & { msg?: unknown; reqId?: unknown; level?: unknown };

/** The lines of `text` (complete lines only), parsed. */
export function parseLogLines(text: string): LogLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as LogLine) : { text: line };
      } catch {
        return { text: line };
      }
    });
}

/** The URL a `"msg":"listening"` line gives, if `line` is one. */
export function listeningUrl(line: LogLine): string | undefined {
  return line.msg === 'listening' && typeof line['url'] === 'string' ? line['url'] : undefined;
}

/** A line as a learner reads it in a message: its JSON, shortened. */
export function showLine(line: LogLine, max = 160): string {
  const text = typeof line['text'] === 'string' && Object.keys(line).length === 1 ? line['text'] : JSON.stringify(line);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
