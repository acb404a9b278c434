/**
 * In-memory channel state: who is subscribed where, and who is present on presence
 * channels. Presence is tracked per user, not per socket, so a user with several tabs
 * joins once and leaves only when the last of those sockets leaves.
 */
import { encode } from "./protocol";

export interface Subscriber {
  readonly id: string;
  send(frame: string): void;
}

export interface PresenceMember {
  user_id: string;
  user_info?: unknown;
}

export interface PresenceSnapshot {
  ids: string[];
  hash: Record<string, unknown>;
  count: number;
}

interface Subscription {
  subscriber: Subscriber;
  userId?: string;
}

interface PresenceUser {
  info: unknown;
  socketIds: Set<string>;
}

interface Channel {
  subscriptions: Map<string, Subscription>;
  users: Map<string, PresenceUser>;
}

export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();

  /** Number of occupied channels. */
  get size(): number {
    return this.channels.size;
  }

  /** Adds a socket; on presence channels tells the others when a new user arrives. */
  join(name: string, subscriber: Subscriber, member?: PresenceMember): void {
    const channel = this.channels.get(name) ?? { subscriptions: new Map(), users: new Map() };
    this.channels.set(name, channel);
    channel.subscriptions.set(subscriber.id, { subscriber, userId: member?.user_id });
    if (!member) return;

    const user = channel.users.get(member.user_id);
    if (user) {
      user.socketIds.add(subscriber.id);
      return;
    }
    channel.users.set(member.user_id, { info: member.user_info, socketIds: new Set([subscriber.id]) });
    const data = JSON.stringify({ user_id: member.user_id, user_info: member.user_info });
    this.publish(name, encode({ event: "pusher_internal:member_added", channel: name, data }), subscriber.id);
  }

  /** Removes a socket; on presence channels tells the others when a user's last socket goes. */
  leave(name: string, socketId: string): void {
    const channel = this.channels.get(name);
    const subscription = channel?.subscriptions.get(socketId);
    if (!channel || !subscription) return;

    channel.subscriptions.delete(socketId);
    const userId = subscription.userId;
    const user = userId === undefined ? undefined : channel.users.get(userId);
    if (userId !== undefined && user) {
      user.socketIds.delete(socketId);
      if (user.socketIds.size === 0) {
        channel.users.delete(userId);
        const data = JSON.stringify({ user_id: userId });
        this.publish(name, encode({ event: "pusher_internal:member_removed", channel: name, data }));
      }
    }
    if (channel.subscriptions.size === 0) this.channels.delete(name);
  }

  /** Sends an already encoded frame to every subscriber except, optionally, one socket. */
  publish(name: string, frame: string, exceptSocketId?: string): void {
    const channel = this.channels.get(name);
    if (!channel) return;
    for (const [socketId, { subscriber }] of channel.subscriptions) {
      if (socketId !== exceptSocketId) subscriber.send(frame);
    }
  }

  presence(name: string): PresenceSnapshot {
    const users = this.channels.get(name)?.users ?? new Map<string, PresenceUser>();
    const hash: Record<string, unknown> = {};
    for (const [id, user] of users) hash[id] = user.info ?? null;
    return { ids: [...users.keys()], hash, count: users.size };
  }

  /** The user id a socket joined a presence channel as, if any. */
  userIdOf(name: string, socketId: string): string | undefined {
    return this.channels.get(name)?.subscriptions.get(socketId)?.userId;
  }

  subscriptionCount(name: string): number {
    return this.channels.get(name)?.subscriptions.size ?? 0;
  }

  userCount(name: string): number {
    return this.channels.get(name)?.users.size ?? 0;
  }

  /** Names of occupied channels, optionally only those starting with `prefix`. */
  names(prefix = ""): string[] {
    return [...this.channels.keys()].filter((name) => name.startsWith(prefix));
  }
}
