import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A stand-in for a forked child: `reply` says what it does with each job it is sent. */
class FakeChild extends EventEmitter implements Exercise.Channel {
  readonly sent: number[] = [];
  readonly #reply: (child: FakeChild, job: number) => void;
  constructor(reply: (child: FakeChild, job: number) => void) {
    super();
    this.#reply = reply;
  }
  send(job: number): boolean {
    this.sent.push(job);
    setImmediate(() => this.#reply(this, job));
    return true;
  }
  listenersLeft(): string {
    return ['message', 'disconnect'].filter((name) => this.listenerCount(name) > 0).join(' and ');
  }
}

/** Settles `promise` within a few event-loop turns, or says it is still pending. */
async function outcomeOf(promise: Promise<number>): Promise<string> {
  let outcome = 'still pending';
  promise.then(
    (answer) => (outcome = `resolved with ${answer}`),
    (error: unknown) => (outcome = `rejected: ${error instanceof Error ? error.message : String(error)}`),
  );
  for (let turn = 0; turn < 5; turn++) await nextTurn();
  return outcome;
}

export default defineChecks<typeof Exercise>([
  {
    name: "a child that answers: ask resolves with its answer and leaves no listener on it",
    async run({ ask }) {
      const child = new FakeChild((c, job) => c.emit('message', job * 2));
      const outcome = await outcomeOf(ask(child, 21));
      assert.equal(outcome, 'resolved with 42', `ask ${outcome}; the child answered 42`);
      assert.deepEqual(child.sent, [21], 'ask should send the job to the child once');
      assert.equal(child.listenersLeft(), '', `ask left a ${child.listenersLeft()} listener on the child after its answer`);
    },
  },
  {
    name: "a child that dies before answering: ask rejects instead of waiting forever",
    async run({ ask }) {
      const child = new FakeChild((c) => c.emit('disconnect'));
      const outcome = await outcomeOf(ask(child, 21));
      assert.match(outcome, /^rejected/, `ask is ${outcome} although the child's channel closed without an answer`);
      assert.equal(child.listenersLeft(), '', `ask left a ${child.listenersLeft()} listener on the dead child`);
    },
  },
]);
