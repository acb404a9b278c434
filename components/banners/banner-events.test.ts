import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sent: unknown[][] = [];
const listeners: Record<string, () => void> = {};

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  sent.length = 0;
  const store = new Map<string, string>();
  vi.stubGlobal("sessionStorage", {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
  });
  vi.stubGlobal("navigator", {
    sendBeacon: (url: string, body: Blob) => {
      void body.text().then((text) => sent.push(JSON.parse(text) as unknown[]));
      return url === "/api/banners/events";
    },
  });
  vi.stubGlobal("window", { addEventListener: (name: string, fn: () => void) => (listeners[name] = fn) });
  vi.stubGlobal("document", { addEventListener: vi.fn(), visibilityState: "visible" });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("banner event queue", () => {
  it("sends one batch a few seconds later, one impression per banner and session", async () => {
    const { recordBannerEvent } = await import("./banner-events");
    recordBannerEvent("b1", "IMPRESSION");
    recordBannerEvent("b1", "IMPRESSION");
    recordBannerEvent("b2", "IMPRESSION");
    recordBannerEvent("b1", "CLICK");
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(4_000);
    vi.useRealTimers();
    await settle();
    expect(sent).toEqual([
      [
        { bannerId: "b1", kind: "IMPRESSION" },
        { bannerId: "b2", kind: "IMPRESSION" },
        { bannerId: "b1", kind: "CLICK" },
      ],
    ]);
  });

  it("flushes on pagehide, in batches of at most 50", async () => {
    const { recordBannerEvent } = await import("./banner-events");
    for (let i = 0; i < 60; i += 1) recordBannerEvent(`b${i}`, "IMPRESSION");
    listeners.pagehide!();
    vi.useRealTimers();
    await settle();
    expect(sent.map((batch) => batch.length)).toEqual([50, 10]);
  });
});
