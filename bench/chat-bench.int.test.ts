import { describe, expect, it } from "vitest";
import { testDbLabel } from "@/server/testing/test-db";
import { runChatBench } from "./chat-bench";

// Keeps `npm run bench:chat` from rotting: the whole bench, tiny, must deliver everything exactly once.
describe(`chat bench (${testDbLabel()})`, () => {
  it("delivers 5 chats × 2 messages on every path exactly once with sane latencies", async () => {
    const result = await runChatBench({
      chats: 5,
      messages: 2,
      rate: 200,
      textLength: 120,
      warmupChats: 2,
      drainMs: 5_000,
    });

    expect(result.rows.map((row) => row.name)).toHaveLength(3);
    for (const { name, summary } of result.rows) {
      expect({ name, sent: summary.sent, received: summary.received }).toEqual({ name, sent: 10, received: 10 });
      expect({
        name,
        lost: summary.lost,
        duplicated: summary.duplicated,
        unexpected: summary.unexpected,
        errors: summary.errors,
      }).toEqual({
        name,
        lost: 0,
        duplicated: 0,
        unexpected: 0,
        errors: {},
      });
      expect(summary.p50Ms).toBeGreaterThan(0);
      expect(summary.p99Ms).toBeGreaterThanOrEqual(summary.p50Ms);
      expect(summary.p99Ms).toBeLessThan(5_000);
      expect(summary.messagesPerSec).toBeGreaterThan(0);
    }
    expect(result.rows[2]?.vsFloor?.p50).toBeGreaterThan(0);
    // The realtime server's memory was read with the bench's own clients on it, and reported.
    expect(result.parameters.realtimeServerMemoryMb).toMatchObject({ connections: 10, channels: 5 });
    expect(result.notes.join("\n")).toMatch(/realtime server RSS\/heap per 1,000 connections: -?\d/);
  }, 60_000); // ~8 s, most of it migrating PGlite; the margin is for a busy machine
});
