/**
 * Resource bounds of the realtime server, so that one client cannot exhaust it: open
 * connections (per app and, optionally, per client address), channels per connection and
 * client events per second per connection. Past a bound the client gets the Pusher
 * protocol's own error, which tells pusher-js whether to try again.
 */
import type { IncomingMessage } from "node:http";
import { ErrorCode } from "./protocol";
import { proxyChainEntry } from "@/server/http/proxy-chain";

export interface RealtimeLimits {
  /** Open connections of the app; past it new ones are refused with 4004. */
  maxConnections: number;
  /** Open connections from one client address; undefined: no such cap (subscribers behind carrier NAT share one). */
  maxConnectionsPerIp?: number;
  /** Proxies of ours in front of this server that append to X-Forwarded-For; 0: the socket's peer is the client. */
  trustedProxyHops: number;
  /** Channels one connection may be subscribed to at the same time. */
  maxSubscriptionsPerConnection: number;
  /** Client events one connection may send per second; a burst of that many passes at once. */
  clientEventsPerSecond: number;
}

/**
 * 10 000 connections is ten times the load test's 1 000 (bench/load-test.ts). 10 client
 * events a second is hosted Pusher's own limit; 100 channels is the order of its other
 * limits (channels per trigger, presence members), as it documents none per connection.
 * Both are far above what the portal uses: an operator's workspace holds a handful of
 * channels, and typing signals go every 2.5 s.
 */
export const DEFAULT_LIMITS: RealtimeLimits = {
  maxConnections: 10_000,
  trustedProxyHops: 0,
  maxSubscriptionsPerConnection: 100,
  clientEventsPerSecond: 10,
};

/** The defaults with `overrides` on top; an override left undefined keeps the default. */
export function resolveLimits(overrides: Partial<RealtimeLimits> = {}): RealtimeLimits {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const limits: RealtimeLimits = { ...DEFAULT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    const least = name === "trustedProxyHops" ? 0 : 1;
    if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be an integer ≥ ${least}`);
  }
  return limits;
}

export interface Refusal {
  code: number;
  message: string;
}

/**
 * Counts open connections, per app and per client address. 4004 (4000-4099: "do not
 * reconnect with the same parameters") keeps pusher-js from retrying every second against
 * a full server; the chat polls the database meanwhile.
 */
export class ConnectionQuota {
  private open = 0;
  private readonly perAddress = new Map<string, number>();

  constructor(private readonly limits: RealtimeLimits) {}

  /** Counts the connection in, or says why not; a counted one must be `release`d when it closes. */
  admit(address: string): Refusal | undefined {
    const { maxConnections, maxConnectionsPerIp } = this.limits;
    if (this.open >= maxConnections) {
      return {
        code: ErrorCode.OverConnectionQuota,
        message: `Application is over connection quota (${maxConnections})`,
      };
    }
    if (maxConnectionsPerIp !== undefined) {
      const fromAddress = this.perAddress.get(address) ?? 0;
      if (fromAddress >= maxConnectionsPerIp) {
        return {
          code: ErrorCode.OverConnectionQuota,
          message: `Over connection quota for this address (${maxConnectionsPerIp})`,
        };
      }
      this.perAddress.set(address, fromAddress + 1);
    }
    this.open += 1;
    return undefined;
  }

  release(address: string): void {
    this.open -= 1;
    const fromAddress = this.perAddress.get(address);
    if (fromAddress === undefined) return;
    if (fromAddress > 1) this.perAddress.set(address, fromAddress - 1);
    else this.perAddress.delete(address);
  }
}

/**
 * The client's address: the socket's peer, or with `hops` proxies of ours in front, the
 * entry the outermost of them appended to X-Forwarded-For (that many from the right).
 * Entries further left are whatever the client wrote, so they never count.
 */
export function clientAddress(request: IncomingMessage, hops: number): string {
  const peer = request.socket.remoteAddress ?? "unknown";
  if (hops === 0) return peer;
  // The outermost proxy's entry is hops - 1 left of the last (the innermost proxy's own).
  return proxyChainEntry(request.headers["x-forwarded-for"], hops - 1) ?? peer;
}

/**
 * A token bucket: `perSecond` events may go at once and the allowance refills at
 * `perSecond` a second, so a short burst of typing passes and a flood does not.
 */
export class EventBudget {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = perSecond;
    this.refilledAt = now();
  }

  /** True when one more event fits, and counts it. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
