// Banner impressions and clicks, queued in the browser and sent in small batches so that counting
// never slows the page: every few seconds, and with sendBeacon when the page is hidden or left.
export type BannerEventKind = "IMPRESSION" | "CLICK";

interface BannerEvent {
  bannerId: string;
  kind: BannerEventKind;
}

const ENDPOINT = "/api/banners/events";
const FLUSH_AFTER_MS = 4_000;
/** The server takes at most this many events per request. */
const BATCH = 50;

const queue: BannerEvent[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

function send(events: BannerEvent[]): void {
  const body = JSON.stringify(events);
  const beaconSent =
    typeof navigator.sendBeacon === "function" &&
    navigator.sendBeacon(ENDPOINT, new Blob([body], { type: "application/json" }));
  if (!beaconSent) {
    // Counting is best effort: a lost batch is never worth an error in front of the subscriber.
    void fetch(ENDPOINT, {
      method: "POST",
      body,
      keepalive: true,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
    }).catch(() => undefined);
  }
}

export function flushBannerEvents(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  while (queue.length > 0) send(queue.splice(0, BATCH));
}

function listenForPageExit(): void {
  if (listening) return;
  listening = true;
  window.addEventListener("pagehide", flushBannerEvents);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushBannerEvents();
  });
}

/** Once per browser session and banner for each kind; the server's unique index is the final word. */
function firstInSession(event: BannerEvent): boolean {
  const key = `banner-${event.kind.toLowerCase()}:${event.bannerId}`;
  try {
    if (sessionStorage.getItem(key)) return false;
    sessionStorage.setItem(key, "1");
  } catch {
    // Storage may be unavailable (private mode); the server still keeps one per session.
  }
  return true;
}

export function recordBannerEvent(bannerId: string, kind: BannerEventKind): void {
  const event = { bannerId, kind };
  if (!firstInSession(event)) return;
  queue.push(event);
  listenForPageExit();
  timer ??= setTimeout(flushBannerEvents, FLUSH_AFTER_MS);
}
