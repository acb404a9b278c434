import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecrets, parseSecretsKey, sealSecrets, tokenHint } from "./inbox-secrets";

const secrets = { token: "123456:AAH-secret-bot-token", webhookSecret: "w".repeat(32) };

describe("inbox secrets", () => {
  it("seals with a fresh IV each time and opens back to the same secrets", () => {
    const key = randomBytes(32);
    const a = sealSecrets(key, secrets);
    const b = sealSecrets(key, secrets);
    expect(a).not.toBe(b);
    expect(a).not.toContain("secret-bot-token");
    expect(openSecrets(key, a)).toEqual(secrets);
  });

  it("refuses a sealed value under another key or with a changed byte", () => {
    const key = randomBytes(32);
    const sealed = sealSecrets(key, secrets);
    expect(() => openSecrets(randomBytes(32), sealed)).toThrow();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(() => openSecrets(key, [...parts.slice(0, 3), body.toString("base64url")].join("."))).toThrow();
    expect(() => openSecrets(key, "plain text")).toThrow();
  });

  it("takes a 64-hex-digit key only, and shows a token only by its last characters", () => {
    expect(parseSecretsKey("ab".repeat(32))).toHaveLength(32);
    expect(() => parseSecretsKey("ab".repeat(16))).toThrow();
    expect(() => parseSecretsKey("zz".repeat(32))).toThrow();
    expect(tokenHint(secrets.token)).toBe("…oken");
  });
});
