/**
 * An async iterator fed by pushes: what a subscription returns to graphql-ws. Values wait in
 * order until the consumer pulls them; `return()` (the client unsubscribing) runs `onClose`.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly values: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;

  constructor(private readonly onClose: () => void = () => undefined) {}

  push(value: T): void {
    if (this.closed) {
      return;
    }
    const resolve = this.waiting.shift();
    if (resolve) {
      resolve({ value, done: false });
    } else {
      this.values.push(value);
    }
  }

  /** Ends the stream once the values already queued have been consumed. */
  end(): void {
    this.close();
  }

  get size(): number {
    return this.values.length;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.values.length > 0) {
      return Promise.resolve({ value: this.values.shift() as T, done: false });
    }
    if (this.closed) {
      return Promise.resolve({ value: undefined, done: true });
    }

    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.values.length = 0;
    this.close();

    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();

    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) {
      resolve({ value: undefined, done: true });
    }
    this.onClose();
  }
}
