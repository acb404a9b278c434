// A hook rather than a metric here, so the procedure that sends does not load the metrics library.
type DeliveryObserver = (seconds: number) => void;

// Shared across module copies, like the registry that sets it.
const slot = globalThis as unknown as { chatDeliveryObserver?: DeliveryObserver };

/** The metrics registry listens here for how long a stored message took to be published. */
export function onChatDelivery(observer: DeliveryObserver): void {
  slot.chatDeliveryObserver = observer;
}

/** How long a stored message took to be accepted by the realtime service (sendChatMessage's onDelivered). */
export function recordChatDelivery(seconds: number): void {
  slot.chatDeliveryObserver?.(seconds);
}
