import type { Members, PresenceChannel } from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  fence,
  nextEvent,
  sdk,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

const ROOM = "presence-support-room";

type Member = { id: string; info: unknown };

async function join(port: number, userId: string, name = userId): Promise<PresenceChannel> {
  const client = await connectClient(port, { user: { user_id: userId, user_info: { name } } });
  return (await subscribe(client, ROOM)) as PresenceChannel;
}

function memberIds(members: Members): string[] {
  const ids: string[] = [];
  members.each((member: Member) => ids.push(member.id));
  return ids.sort();
}

/** Collects member_added / member_removed as "+id" / "-id" in arrival order. */
function membershipLog(channel: PresenceChannel): string[] {
  const log: string[] = [];
  channel.bind("pusher:member_added", (member: Member) => log.push(`+${member.id}`));
  channel.bind("pusher:member_removed", (member: Member) => log.push(`-${member.id}`));
  return log;
}

describe("presence channels", () => {
  it("shows members to each other as they join and leave", async () => {
    const { port } = await startServer();
    const alice = await join(port, "alice", "Alice");
    expect(alice.members.count).toBe(1);
    expect(alice.members.me).toEqual({ id: "alice", info: { name: "Alice" } });

    const bobArrives = nextEvent<Member>(alice, "pusher:member_added");
    const bob = await join(port, "bob", "Bob");
    expect(await bobArrives).toEqual({ id: "bob", info: { name: "Bob" } });
    expect(memberIds(bob.members)).toEqual(["alice", "bob"]);
    expect(bob.members.get("alice")).toEqual({ id: "alice", info: { name: "Alice" } });
    expect(alice.members.count).toBe(2);

    const bobLeaves = nextEvent<Member>(alice, "pusher:member_removed");
    bob.pusher.disconnect();
    expect(await bobLeaves).toEqual({ id: "bob", info: { name: "Bob" } });
    expect(memberIds(alice.members)).toEqual(["alice"]);
  });

  it("counts a user with two tabs once and removes them when the last tab leaves", async () => {
    const { port } = await startServer();
    const observer = await join(port, "observer");
    const log = membershipLog(observer);

    const firstTab = await join(port, "carol");
    const secondTab = await join(port, "carol");
    expect(secondTab.members.count).toBe(2);
    await fence(port, ROOM, [observer]);
    expect(log).toEqual(["+carol"]);

    const info = await sdk(port).get({ path: `/channels/${ROOM}`, params: { info: "user_count,subscription_count" } });
    expect(await info.json()).toEqual({ occupied: true, user_count: 2, subscription_count: 3 });
    const users = await sdk(port).get({ path: `/channels/${ROOM}/users` });
    expect(await users.json()).toEqual({ users: [{ id: "observer" }, { id: "carol" }] });

    firstTab.pusher.disconnect();
    // Once the server has seen the first tab go, the channel holds two sockets.
    await expect.poll(() => subscriptionCount(port)).toBe(2);
    await fence(port, ROOM, [observer, secondTab]);
    expect(log).toEqual(["+carol"]);

    const carolLeaves = nextEvent<Member>(observer, "pusher:member_removed");
    secondTab.pusher.disconnect();
    expect((await carolLeaves).id).toBe("carol");
    expect(log).toEqual(["+carol", "-carol"]);
    expect(observer.members.count).toBe(1);
  });

  it("removes the member when they unsubscribe without disconnecting", async () => {
    const { port } = await startServer();
    const observer = await join(port, "observer");
    const dave = await join(port, "dave");

    const daveLeaves = nextEvent<Member>(observer, "pusher:member_removed");
    dave.pusher.unsubscribe(ROOM);
    expect((await daveLeaves).id).toBe("dave");
  });
});

async function subscriptionCount(port: number): Promise<number> {
  const response = await sdk(port).get({ path: `/channels/${ROOM}`, params: { info: "subscription_count" } });
  return ((await response.json()) as { subscription_count: number }).subscription_count;
}
