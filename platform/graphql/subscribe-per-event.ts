import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { isStreamPosition, STREAM_POSITION_EXTENSION } from '../events/stream-position';

/**
 * Runs a subscription like graphql-js's `subscribe`, except that every event is executed with a
 * context built for it alone. graphql-js reuses one context for the whole subscription, so
 * per-request DataLoaders would otherwise serve the first event's rows to every later event.
 * A stream position is sent as a result of its own, without data (see stream-position.ts).
 */
export async function subscribePerEvent(
  args: ExecutionArgs,
  contextForEvent: () => unknown,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) {
    return stream;
  }
  const source = stream as AsyncIterableIterator<unknown>;
  const executeEvent = async (
    result: IteratorResult<unknown>,
  ): Promise<IteratorResult<ExecutionResult>> => {
    if (result.done) {
      return { value: undefined, done: true };
    }
    if (isStreamPosition(result.value)) {
      return {
        value: { extensions: { [STREAM_POSITION_EXTENSION]: result.value.streamPosition } },
        done: false,
      };
    }

    return {
      value: await execute({ ...args, rootValue: result.value, contextValue: contextForEvent() }),
      done: false,
    };
  };
  // A hand-written iterator rather than an async generator: a generator cannot be returned while
  // it waits for the next event, which would keep the source open until that event came.
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: async () => executeEvent(await source.next()),
    return: async () => {
      await source.return?.();

      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };

  return iterator;
}
