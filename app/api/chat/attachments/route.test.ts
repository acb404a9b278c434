import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/server/auth/principal";
import { createTranslator } from "@/i18n/translator";
import { pngClaiming } from "@/server/testing/image-fixtures";
import { uploadRefusal, uploadRefusalText } from "@/components/chat/image-upload-refusal";

// A signed-in subscriber writing into a chat the fake database knows (or not), without a visitor cookie.
const state = vi.hoisted(() => ({
  principal: null as Principal | null,
  chat: null as { id: string; state: string; accountId: string | null; visitorToken: null; operatorId: null } | null,
}));
vi.mock("@/server/auth/session", () => ({ getPrincipal: async () => state.principal }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
// The chat is read on the driver (server/db-driver.ts): a pool answering as pg's does, with the chat's row or none.
vi.mock("@/server/db", async () => {
  const { attachDriver } = await import("@/server/db-driver");
  const db = {};
  const pool = { query: async () => ({ rows: state.chat ? [state.chat] : [] }) };
  attachDriver(db, { kind: "pg", pool: pool as unknown as import("pg").Pool });
  return { getDb: () => db };
});
vi.mock("@/server/realtime/realtime-instance", async () => {
  const { recordingPublisher } = await import("@/server/testing/recording-publisher");
  return { getRealtimePublisher: () => recordingPublisher() };
});

const { POST } = await import("./route");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function upload(chatId: string, file: Uint8Array<ArrayBuffer> = PNG) {
  const body = new FormData();
  body.set("chatId", chatId);
  body.set("file", new Blob([file]), "a.png");
  return POST(new Request("http://localhost/api/chat/attachments", { method: "POST", body }));
}

beforeEach(() => {
  state.principal = { kind: "subscriber", accountId: "acc-1", sessionVersion: 0 };
  state.chat = null;
});

describe("POST /api/chat/attachments: refusals from the error table", () => {
  it("answers UNAUTHENTICATED without a session or a visitor key", async () => {
    state.principal = null;
    const response = await upload("chat-1");
    expect([response.status, await response.json()]).toEqual([401, { error: { code: "UNAUTHENTICATED" } }]);
  });

  it("answers NOT_FOUND for a chat that is not the party's", async () => {
    state.chat = { id: "chat-1", state: "ACTIVE", accountId: "acc-2", visitorToken: null, operatorId: null };
    const response = await upload("chat-1");
    expect([response.status, await response.json()]).toEqual([404, { error: { code: "NOT_FOUND" } }]);
  });

  it("answers CHAT_CLOSED with the status procedures give it", async () => {
    state.chat = { id: "chat-1", state: "CLOSED", accountId: "acc-1", visitorToken: null, operatorId: null };
    const response = await upload("chat-1");
    expect([response.status, await response.json()]).toEqual([412, { error: { code: "CHAT_CLOSED" } }]);
  });

  it("refuses a picture over the pixel bound, and the widget says so with the bound in the reader's language", async () => {
    state.chat = { id: "chat-1", state: "ACTIVE", accountId: "acc-1", visitorToken: null, operatorId: null };
    const response = await upload("chat-1", await pngClaiming(10_000, 6_000));
    expect(response.status).toBe(400);
    const refusal = (await uploadRefusal(response))!;
    expect(uploadRefusalText(refusal, createTranslator("ru"))).toBe(
      "Изображение слишком большое: не больше 50 Мп. Уменьшите его и отправьте снова.",
    );
    expect(uploadRefusalText(refusal, createTranslator("en"))).toBe(
      "The image is too large: at most 50 megapixels. Make it smaller and send it again.",
    );
  });
});
