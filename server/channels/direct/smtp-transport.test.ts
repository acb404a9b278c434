import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { TransportRefused, type TransportMessage } from "@/server/domain/outbox/message-transport";
import { smtpTransport } from "./smtp-transport";

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

const received: Received[] = [];
/** A local SMTP server (the smtp-server package): AUTH PLAIN/LOGIN, refuses mail to rejected@…, keeps the rest. */
const server = new SMTPServer({
  authOptional: false,
  disabledCommands: ["STARTTLS"],
  onAuth(auth, _session, callback) {
    if (auth.username === "portal" && auth.password === "mail-secret") return callback(null, { user: auth.username });
    callback(new Error("Invalid username or password"));
  },
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith("rejected@")) {
      const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user as string | undefined,
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const email = (recipient: string): TransportMessage => ({
  id: "mail-1",
  channel: "EMAIL",
  recipient,
  subject: "Код восстановления",
  body: "Ваш код: 654321",
  inboxId: null,
  payload: null,
});

describe("SMTP transport", () => {
  it("sends through the server with the URL's credentials, From and subject, and keeps the message id", async () => {
    const transport = smtpTransport({
      url: `smtp://portal:mail-secret@127.0.0.1:${port}`,
      from: "Портал <no-reply@portal.test>",
    });
    const outcome = await transport.send(email("anna@example.test"));
    transport.close();
    expect(outcome).toEqual({ providerRef: expect.stringMatching(/^<.+@portal\.test>$/) });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "no-reply@portal.test", to: ["anna@example.test"], user: "portal" });
    const mail = await simpleParser(received[0]!.raw);
    expect(mail.subject).toBe("Код восстановления");
    expect(mail.text?.trim()).toBe("Ваш код: 654321");
    expect(mail.from?.value).toEqual([{ name: "Портал", address: "no-reply@portal.test" }]);
  });

  it("gives up on a permanent refusal (5xx) and names the SMTP status, never the message", async () => {
    const transport = smtpTransport({
      url: `smtp://portal:mail-secret@127.0.0.1:${port}`,
      from: "no-reply@portal.test",
    });
    const error = await transport.send(email("rejected@example.test")).catch((e: Error) => e);
    transport.close();
    expect(error).toEqual(new TransportRefused("SMTP 550 on RCPT TO"));
  });

  it("retries later when the server cannot be reached or refuses the login", async () => {
    const wrong = smtpTransport({
      url: `smtp://portal:wrong@127.0.0.1:${port}`,
      from: "no-reply@portal.test",
      timeoutMs: 2_000,
    });
    const error = await wrong.send(email("anna@example.test")).catch((e: Error) => e);
    wrong.close();
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TransportRefused);
    expect(String(error)).not.toContain("654321");
  });
});
