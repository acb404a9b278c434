import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendChatRequest, takeUnheardChatRequest } from "./chat-request";

describe("requests to open the chat", () => {
  beforeEach(() => vi.stubGlobal("window", new EventTarget()));
  afterEach(() => {
    takeUnheardChatRequest();
    vi.unstubAllGlobals();
  });

  it("keeps a request nobody took, for whoever starts listening, once", () => {
    sendChatRequest("portal:open-chat", { intentId: "i-1" });
    const kept = takeUnheardChatRequest();
    expect([kept?.type, kept?.detail]).toEqual(["portal:open-chat", { intentId: "i-1" }]);
    expect(takeUnheardChatRequest()).toBeNull();
  });

  it("keeps nothing when a listener took the request, and gives it the request's detail", () => {
    const heard: unknown[] = [];
    window.addEventListener("portal:open-sales-chat", (event) => {
      event.preventDefault();
      heard.push((event as CustomEvent).detail);
    });
    sendChatRequest("portal:open-sales-chat", { bannerId: "b-1", topic: "Тариф" });
    expect(heard).toEqual([{ bannerId: "b-1", topic: "Тариф" }]);
    expect(takeUnheardChatRequest()).toBeNull();
  });

  it("keeps a request that was only looked at: a listener that does not cancel has not taken it", () => {
    window.addEventListener("portal:open-chat", () => undefined);
    sendChatRequest("portal:open-chat", { intentId: "i-2" });
    expect(takeUnheardChatRequest()?.detail).toEqual({ intentId: "i-2" });
  });
});
