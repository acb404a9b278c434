import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import https, { Agent } from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { decrypt } from "http_ece";

/** A push as the browser behind the subscription would get it, and the VAPID claims it came with. */
export interface DeliveredPush {
  endpoint: string;
  payload: unknown;
  claims: { aud: string; exp: number; sub: string };
}

interface BrowserKeys {
  ecdh: ECDH;
  auth: Buffer;
}

/**
 * A push service on 127.0.0.1 that speaks RFC 8030 as the real ones do: HTTPS POST to the subscription's endpoint,
 * an aes128gcm body (RFC 8188/8291) and a VAPID Authorization header (RFC 8292). It holds the browser's side of each
 * subscription, so it verifies the JWT against the sender's key and decrypts the payload; anything else is refused.
 * An endpoint marked gone answers 410, as a push service does for a subscription the user revoked.
 */
export async function startLocalPushService(vapidPublicKey: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-push-"));
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"],
      ...["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  const cert = fs.readFileSync(path.join(dir, "cert.pem"));
  const key = fs.readFileSync(path.join(dir, "key.pem"));
  fs.rmSync(dir, { recursive: true, force: true });

  const browsers = new Map<string, BrowserKeys>();
  const gone = new Set<string>();
  const delivered: DeliveredPush[] = [];
  const refused: string[] = [];

  const server = https.createServer({ cert, key }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const endpoint = `${origin}${request.url}`;
      const browser = browsers.get(endpoint);
      const answer = (status: number, why?: string) => {
        if (why) refused.push(`${endpoint}: ${why}`);
        response.writeHead(status).end();
      };
      if (request.method !== "POST" || !browser) return answer(404, "no such subscription");
      if (gone.has(endpoint)) return answer(410);
      if (request.headers["content-encoding"] !== "aes128gcm") return answer(400, "not aes128gcm");
      if (!request.headers.ttl) return answer(400, "no TTL");
      const claims = verifiedVapidClaims(request.headers.authorization ?? "", vapidPublicKey);
      if (!claims) return answer(401, "bad VAPID authorization");
      if (claims.aud !== origin || claims.exp * 1000 < Date.now()) return answer(403, "wrong audience or expired");
      const plain = decrypt(Buffer.concat(chunks), {
        version: "aes128gcm",
        privateKey: browser.ecdh,
        authSecret: browser.auth,
      });
      delivered.push({ endpoint, payload: JSON.parse(plain.toString("utf8")), claims });
      answer(201);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    delivered,
    refused,
    /** Trusts this service's certificate only. */
    agent: new Agent({ ca: cert }),
    /** A new browser's subscription, as PushSubscription.toJSON() gives it. */
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(8).toString("hex")}`;
      browsers.set(endpoint, { ecdh, auth });
      return {
        endpoint,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
      };
    },
    markGone: (endpoint: string) => gone.add(endpoint),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `vapid t=<JWT>, k=<key>`: the key must be ours and the ES256 signature valid over it; then the claims. */
function verifiedVapidClaims(header: string, expectedKey: string): DeliveredPush["claims"] | null {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header);
  if (!match || match[2] !== expectedKey) return null;
  const [headerPart, claimsPart, signature] = match[1]!.split(".") as [string, string, string];
  const raw = Buffer.from(expectedKey, "base64url"); // 0x04 || x || y
  const publicKey = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const signed = Buffer.from(`${headerPart}.${claimsPart}`);
  const valid = verify(
    "sha256",
    signed,
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!valid || JSON.parse(Buffer.from(headerPart, "base64url").toString()).alg !== "ES256") return null;
  return JSON.parse(Buffer.from(claimsPart, "base64url").toString());
}
