/**
 * Requests to open the chat ("ask in chat" on a hint, a banner's offer) travel as window events, so the page needs
 * no shared state with the widget. The one who acts on a request takes it by cancelling the event. A request
 * nobody took (sent while the page was still hydrating: the click is replayed on the hint before the chat entry
 * has started listening) is kept for the chat entry, which takes it when it starts listening.
 */
let unheard: CustomEvent | null = null;

export function sendChatRequest(type: string, detail: unknown): void {
  const event = new CustomEvent(type, { detail, cancelable: true });
  if (window.dispatchEvent(event)) unheard = event;
}

/** The request sent before anything listened, once. */
export function takeUnheardChatRequest(): CustomEvent | null {
  const request = unheard;
  unheard = null;
  return request;
}
