import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { loadInbox } from "@/server/domain/channels/inboxes";
import { env } from "@/server/env.mjs";
import { channelAdapters, channelSecretsKey, siteUrl } from "../channel-runtime";
import { connectChannelInbox, webhookUrl } from "../connect-channel-inbox";
import type { SimulatedEntry, SimulatedPerson } from "./fake-telegram-chats";

/** The demo inbox: a fixed id, so every start finds it again. */
export const DEMO_INBOX_ID = "demo-telegram";
/** The fake Bot API takes any token; this one only ever talks to it. */
const DEMO_TOKEN = "100000001:demo-simulator-token-for-the-fake-bot-api";

/** Demo contacts a visitor of /dev/messenger may write as. */
export const DEMO_PEOPLE: SimulatedPerson[] = [
  { id: 900001, firstName: "Анна", lastName: "Петрова", languageCode: "ru" },
  { id: 900002, firstName: "Игорь", lastName: "Соколов", languageCode: "ru" },
  { id: 900003, firstName: "Emily", lastName: "Clark", languageCode: "en" },
];

/** Only in demo mode with the fake Bot API that `npm start` runs; otherwise the simulator does not exist. */
export function simulatorEnabled(): boolean {
  return env().DEMO_MODE && env().MESSENGER_SIMULATOR;
}

function requireSimulator() {
  if (!simulatorEnabled()) throw new AppError("NOT_FOUND");
  return env().TELEGRAM_API_BASE_URL.replace(/\/+$/, "");
}

/**
 * At start: the demo inbox exists and the fake Bot API (new at every start, it keeps nothing) knows its webhook.
 * Created once (audited as the system's change), then only pointed at us again.
 */
export async function ensureDemoInbox(db: Db): Promise<void> {
  const secretsKey = channelSecretsKey();
  const adapter = channelAdapters().TELEGRAM;
  if (!simulatorEnabled() || !secretsKey || !adapter) return;
  const existing = await loadInbox(db, secretsKey, DEMO_INBOX_ID, "TELEGRAM");
  if (existing) {
    await adapter.connect(existing.secrets, webhookUrl(siteUrl(), "TELEGRAM", DEMO_INBOX_ID));
    return;
  }
  await connectChannelInbox(
    db,
    { secretsKey, adapter, siteUrl: siteUrl() },
    {
      id: DEMO_INBOX_ID,
      name: "Демо-бот (симулятор)",
      secrets: { token: DEMO_TOKEN, webhookSecret: randomBytes(24).toString("hex") },
    },
  );
}

function personOf(contactId: number): SimulatedPerson {
  const person = DEMO_PEOPLE.find((p) => p.id === contactId);
  if (!person) throw new AppError("NOT_FOUND");
  return person;
}

async function fakeApi<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${requireSimulator()}/_sim/bot${DEMO_TOKEN}${path}`, {
    ...init,
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await response.json()) as { ok: boolean; result: T };
  if (!answer.ok) throw new Error(`messenger simulator: ${path} ${response.status}`);
  return answer.result;
}

/** The person's private chat with the demo bot, as the fake Bot API recorded it. */
export function readSimulatedChat(contactId: number): Promise<SimulatedEntry[]> {
  return fakeApi(`/chats/${personOf(contactId).id}`);
}

export type SimulatorAction =
  | { kind: "text"; text: string }
  | { kind: "photo"; base64: string; caption: string }
  | { kind: "press"; messageId: number; data: string };

/** The person writes, sends a photo or presses a button: the fake posts the Update to our webhook. */
export async function actInSimulatedChat(contactId: number, action: SimulatorAction) {
  const person = personOf(contactId);
  const { webhookStatus } = await fakeApi<{ webhookStatus: number }>("/act", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ person, action }),
  });
  return { delivered: webhookStatus === 200 };
}

/** A picture in the simulated chat: the Bot API's file download. */
export async function simulatedFile(path: string): Promise<Response> {
  const base = requireSimulator();
  if (!/^photos\/[\w-]+\.jpg$/.test(path)) throw new AppError("NOT_FOUND");
  const response = await fetch(`${base}/file/bot${DEMO_TOKEN}/${path}`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new AppError("NOT_FOUND");
  return new Response(response.body, {
    headers: { "content-type": "image/jpeg", "cache-control": "private, max-age=3600" },
  });
}
