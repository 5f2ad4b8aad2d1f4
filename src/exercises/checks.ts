// What an exercise's check.ts is made of: named checks, each given the learner's module. A check
// fails by throwing; its message is what the learner reads, so write it in plain words
// (`assert.equal(actual, expected, 'saveAll resolved before every item was saved')`).

/** One thing the learner's file must do. */
export interface Check<Module> {
  /** What it checks, as a sentence the learner reads next to ✓ or ✗. */
  name: string;
  /** Throws (or rejects) when the learner's module does not do it yet. */
  run: (exercise: Module) => Promise<void> | void;
  /** How long it may take before it counts as hung (default 2 000 ms). */
  timeoutMs?: number;
}

/** An exercise's checks, in the order they run and are reported. */
export function defineChecks<Module>(checks: Check<Module>[]): Check<Module>[] {
  return checks;
}

/** The timers that are pending in this process right now (a leak check for one call). */
export function pendingTimers(): number {
  return process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;
}
