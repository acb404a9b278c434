import { expect, test, type APIResponse } from "@playwright/test";
import { demo, signIn } from "./support";

const mutation = "/api/trpc/preferences.setLocale";
const json = { "content-type": "application/json" };
const validBody = JSON.stringify({ json: { locale: "ru" } });

/** An error answer tells a code, never how the server failed inside. */
async function expectNoInternals(response: APIResponse) {
  const text = await response.text();
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|\/work\/|\.next\/|SyntaxError|Unexpected token|stack/i);
}

test.describe("request bodies", () => {
  test("a 2 MB JSON body is refused with 413 before it reaches a procedure", async ({ request }) => {
    const big = JSON.stringify({ json: { locale: "ru", padding: "x".repeat(2 * 1024 * 1024) } });
    const response = await request.post(mutation, { headers: json, data: big });
    expect(response.status()).toBe(413);
    await expectNoInternals(response);
  });

  test("malformed JSON and a wrong content type are refused without internals", async ({ request }) => {
    const malformed = await request.post(mutation, { headers: json, data: '{"json": {"locale": "ru"' });
    expect(malformed.status()).toBe(400);
    await expectNoInternals(malformed);
    const plain = await request.post(mutation, { headers: { "content-type": "text/plain" }, data: validBody });
    expect(plain.status()).toBe(415);
    const form = await request.post(mutation, { form: { json: "x" } });
    expect(form.status()).toBe(415);
    const invalidInput = await request.post(mutation, {
      headers: json,
      data: JSON.stringify({ json: { locale: "<script>" } }),
    });
    expect(invalidInput.status()).toBe(400);
    await expectNoInternals(invalidInput);
    // The control: the same procedure with a proper body works.
    expect((await request.post(mutation, { headers: json, data: validBody })).status()).toBe(200);
  });

  test("a mutation cannot be sent as GET", async ({ request }) => {
    const response = await request.get(`${mutation}?input=${encodeURIComponent(validBody)}`);
    expect(response.status()).toBe(405);
  });

  test("an oversized chat picture is refused with 413", async ({ request }) => {
    await request.get("/"); // the anonymous session a visitor's chat needs
    const buffer = Buffer.alloc(6 * 1024 * 1024, 0xff);
    const response = await request.post("/api/chat/attachments", {
      multipart: { chatId: "missing", file: { name: "big.jpg", mimeType: "image/jpeg", buffer } },
    });
    expect(response.status()).toBe(413);
    await expectNoInternals(response);
  });
});

test.describe("cross-site requests", () => {
  const evil = { origin: "https://evil.example" };

  test("tRPC mutations from another site are refused, from our pages and non-browser clients accepted", async ({
    request,
    baseURL,
  }) => {
    expect((await request.post(mutation, { headers: { ...json, ...evil }, data: validBody })).status()).toBe(403);
    expect(
      (
        await request.post(mutation, { headers: { ...json, "sec-fetch-site": "cross-site" }, data: validBody })
      ).status(),
    ).toBe(403);
    expect((await request.post(mutation, { headers: { ...json, origin: "null" }, data: validBody })).status()).toBe(
      403,
    );
    expect((await request.post(mutation, { headers: { ...json, origin: baseURL! }, data: validBody })).status()).toBe(
      200,
    );
    expect(
      (
        await request.post(mutation, { headers: { ...json, "sec-fetch-site": "same-origin" }, data: validBody })
      ).status(),
    ).toBe(200);
    expect((await request.post(mutation, { headers: json, data: validBody })).status()).toBe(200);
  });

  test("the chat upload and the realtime channel authorization refuse another site", async ({ request }) => {
    await request.get("/");
    const upload = await request.post("/api/chat/attachments", {
      headers: evil,
      multipart: {
        chatId: "missing",
        file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("89504e47", "hex") },
      },
    });
    expect(upload.status()).toBe(403);
    const channel = await request.post("/api/realtime/auth", {
      headers: evil,
      form: { socket_id: "not-a-socket", channel_name: "private-operator-queue" },
    });
    expect(channel.status()).toBe(403);
    // The controls: without the foreign origin the same requests pass the check and get their real answer.
    expect(
      (
        await request.post("/api/realtime/auth", {
          form: { socket_id: "not-a-socket", channel_name: "private-operator-queue" },
        })
      ).status(),
    ).toBe(400);
    const ownUpload = await request.post("/api/chat/attachments", {
      multipart: {
        chatId: "missing",
        file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("89504e47", "hex") },
      },
    });
    expect([400, 404]).toContain(ownUpload.status());
  });
});

test.describe("sign-in over HTTP", () => {
  /** One credentials sign-in as the login form sends it, from its own address so other specs keep their limits. */
  async function signInAttempt(request: import("@playwright/test").APIRequestContext, login: string, ip: string) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": ip },
      form: { csrfToken, login, password: "wrong-password", json: "true", callbackUrl: "/account" },
    });
    const { url } = (await response.json()) as { url: string };
    return { status: response.status(), error: new URL(url).searchParams.get("error") };
  }

  test("answers a known and an unknown login alike, then limits the guessing", async ({ request }) => {
    const known = await signInAttempt(request, demo.subscriberAccount, "198.51.100.201");
    const unknown = await signInAttempt(request, "+79990004455", "198.51.100.202");
    expect(known).toEqual({ status: 401, error: "INVALID_CREDENTIALS" });
    expect(unknown).toEqual(known);
    // LOGIN_MAX_FAILURES_PER_ACCOUNT (5) failures for one login, then it is refused for a while.
    for (let i = 0; i < 4; i++) await signInAttempt(request, "+79990004466", "198.51.100.203");
    expect((await signInAttempt(request, "+79990004466", "198.51.100.203")).error).toBe("INVALID_CREDENTIALS");
    expect((await signInAttempt(request, "+79990004466", "198.51.100.204")).error).toMatch(/^RATE_LIMITED:\d+$/);
  });

  test("a client cannot reset the per-IP block by writing X-Forwarded-For ahead of the balancer's entry", async ({
    request,
  }) => {
    const client = "198.51.100.250";
    // LOGIN_MAX_FAILURES_PER_IP (30) failures from one client address, each login its own (no per-login block).
    for (let i = 0; i < 30; i++) await signInAttempt(request, `+7999100${String(i).padStart(4, "0")}`, client);
    const answers = [];
    for (let i = 0; i < 20; i++) {
      answers.push(
        (await signInAttempt(request, `+7999200${String(i).padStart(4, "0")}`, `203.0.113.${i + 1}, ${client}`)).error,
      );
    }
    expect(answers.filter((error) => !error?.startsWith("RATE_LIMITED"))).toEqual([]);
  });
});

test.describe("security headers", () => {
  const csp = (response: APIResponse) =>
    new Map(
      (response.headers()["content-security-policy"] ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );

  test("every page has a nonce-based policy without eval, framing and sniffing off, HSTS only behind TLS", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of ["/", "/login", "/help"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const policy = csp(response);
      const scriptSrc = policy.get("script-src") ?? [];
      expect(scriptSrc).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
      expect(scriptSrc.join(" ")).not.toMatch(/unsafe-eval|unsafe-inline/);
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc.join(" "))?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      // Next.js put this response's nonce on its own scripts.
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
      expect(policy.get("connect-src")).toContain(`ws://localhost:${process.env.E2E_PUSHER_PORT ?? "6101"}`);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(response.headers()["strict-transport-security"]).toBeUndefined();
    }
    expect(nonces.size).toBe(3);
    const behindTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });

  test("a chat picture keeps its own strict policy instead of the page one", async ({ request }) => {
    await request.get("/"); // the visitor's session
    const started = await request.post("/api/trpc/chat.start", {
      headers: json,
      data: JSON.stringify({ json: { kind: "SUPPORT" } }),
    });
    const chatId = ((await started.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    // A real 1×1 PNG, so that it is stored whatever the upload does with the image.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const upload = await request.post("/api/chat/attachments", {
      multipart: { chatId, file: { name: "a.png", mimeType: "image/png", buffer: png } },
    });
    expect(upload.status()).toBe(201);
    const [attachmentId] = ((await upload.json()) as { attachmentIds: string[] }).attachmentIds;
    const picture = await request.get(`/api/chat/attachments/${attachmentId}`);
    expect(picture.status()).toBe(200);
    expect(picture.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("pages, the chat and the realtime connection work under the policy, with no violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));
    const socket = page.waitForEvent("websocket", { predicate: (ws) => ws.url().includes("/app/") });
    await page.goto("/");
    await page.getByTestId("chat-launcher").click();
    const chat = page.getByRole("dialog", { name: "Чат поддержки" });
    await expect(chat).toBeVisible();
    // The realtime connection opens once there is a chat to listen to, not when the panel merely opens.
    await chat.getByRole("button", { name: "Начать чат" }).click();
    await socket;
    await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
    await expect(page).toHaveURL(/\/account$/);
    const account = await page.request.get("/account");
    expect(account.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test("our cookies are HttpOnly, SameSite=Lax and, behind a proxy that ended TLS, Secure", async ({ request }) => {
  const tls = { "x-forwarded-proto": "https" };
  const setCookie = (response: APIResponse, name: string) => {
    const cookie = response
      .headersArray()
      .find((header) => header.name.toLowerCase() === "set-cookie" && header.value.startsWith(`${name}=`))?.value;
    return (cookie ?? "")
      .split(/;\s*/)
      .slice(1)
      .map((attribute) => attribute.toLowerCase());
  };
  const visitor = setCookie(await request.get("/login", { headers: tls }), "vsid");
  const locale = setCookie(await request.post(mutation, { headers: { ...json, ...tls }, data: validBody }), "locale");
  for (const attributes of [visitor, locale]) {
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  }
});

test("every page and procedure answer carries a request id, keeping a balancer's own", async ({ request }) => {
  for (const path of ["/", "/login", "/api/trpc/help.categories"]) {
    const given = await request.get(path, { headers: { "x-request-id": "balancer-id-0001" } });
    expect({ path, id: given.headers()["x-request-id"] }).toEqual({ path, id: "balancer-id-0001" });
    const fresh = await request.get(path, { headers: { "x-request-id": "<not an id>" } });
    expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  }
});
