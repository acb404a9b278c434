// A hook rather than a metric here, so the chat domain does not depend on the metrics library.
type DeliveryObserver = (seconds: number) => void;

// Shared across module copies, like the registry that sets it.
const slot = globalThis as unknown as { chatDeliveryObserver?: DeliveryObserver };

/** The metrics registry listens here for how long a stored message took to be published. */
export function onChatDelivery(observer: DeliveryObserver): void {
  slot.chatDeliveryObserver = observer;
}

/** Started right after the message is stored; call the result once the realtime service accepted it. */
export function startChatDeliveryTimer(): () => void {
  const started = performance.now();
  return () => slot.chatDeliveryObserver?.((performance.now() - started) / 1000);
}
