/** A set of subscribers that arms its device while anyone listens: the bookkeeping every card source shares. */
export interface Listeners<T> {
  /** Subscribes; the returned function unsubscribes and is safe to call more than once. */
  add(listener: (value: T) => void): () => void;
  /** Calls every current subscriber, in subscription order. */
  emit(value: T): void;
}

/** Hooks run when the first subscriber arrives (`arm`) and when the last one leaves (`disarm`). */
export interface ListenerHooks {
  readonly arm?: () => void;
  readonly disarm?: () => void;
}

/** Creates the bookkeeping; each `add` is its own subscription, like `addEventListener` on distinct handlers. */
export function createListeners<T>(hooks: ListenerHooks = {}): Listeners<T> {
  let subscriptions: Array<{ readonly listener: (value: T) => void }> = [];
  return {
    add(listener) {
      // Arm before subscribing, so a device that fails to arm leaves nothing behind.
      if (subscriptions.length === 0) hooks.arm?.();
      const subscription = { listener };
      subscriptions = subscriptions.concat(subscription);
      return () => {
        const before = subscriptions.length;
        subscriptions = subscriptions.filter((s) => s !== subscription);
        if (before > 0 && subscriptions.length === 0) hooks.disarm?.();
      };
    },
    emit(value) {
      // Iterate a snapshot: a listener may unsubscribe (or subscribe) while it handles the value.
      for (const { listener } of subscriptions) listener(value);
    },
  };
}
