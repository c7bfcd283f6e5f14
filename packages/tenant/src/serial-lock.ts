/**
 * Runs tasks one at a time, in call order: what a store adapter over one connection (or one Map) uses so
 * that a transaction's awaits never let another request's reads or writes in between.
 */
export function createSerialLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** The same records, each call taking `lock` first: how a store is used outside its transactions. */
export function serializedRecords<R extends object>(
  records: R,
  lock: ReturnType<typeof createSerialLock>,
): R {
  return Object.fromEntries(
    Object.entries(records).map(([name, method]) => [
      name,
      (...args: unknown[]) => lock(() => (method as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as R;
}
