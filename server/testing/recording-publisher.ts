import type { RealtimePublisher } from "@/server/realtime/publisher";

/**
 * Stands in for the realtime service in procedure tests and remembers what was
 * published; the conformance and e2e suites use the real server.
 */
export function recordingPublisher(operatorsOnline: number | null = 1) {
  const published: Array<{ channel: string; event: string; data: unknown }> = [];
  const publisher: RealtimePublisher & { published: typeof published; online: number | null } = {
    published,
    online: operatorsOnline,
    async publish(channel, event, data) {
      published.push({ channel, event, data });
      return true;
    },
    async presenceCount() {
      return publisher.online;
    },
    ping: async () => true,
    authorize: () => ({ auth: "test" }),
  };
  return publisher;
}
