/** The whole message `run` throws, to compare exactly ('nothing thrown' when it returns). */
export function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'nothing thrown';
}
