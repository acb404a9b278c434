// `npm run faults` (also a step of `npm test`): the product, restarted, still has what it
// stored in the embedded database. It is started as `npm start` does, used over HTTP, stopped
// with SIGTERM (the app drains and closes PGlite cleanly: server/shutdown.ts), started again.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { withBuildLock } from "./build-lock";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

function startProduct(env: NodeJS.ProcessEnv): ChildProcess {
  // The tsx binary itself, not npx: npx dies on SIGTERM instead of passing it on.
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["server/cli/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(`  [app] ${chunk}`));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`  [app] ${chunk}`));
  return child;
}

async function waitUntilUp(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${base}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the product did not start within 240 s");
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      console.log(`  the product exited: code ${code}, signal ${signal}`);
      resolve(code);
    });
    child.kill("SIGTERM");
  });
}

/** A tRPC call as the browser makes it (same origin, the visitor's session cookie, superjson batch). */
async function trpc<T>(
  base: string,
  cookie: string,
  procedure: string,
  input: unknown,
  method: "GET" | "POST",
): Promise<T> {
  const batch = JSON.stringify({ 0: { json: input } });
  const url =
    method === "GET"
      ? `${base}/api/trpc/${procedure}?batch=1&input=${encodeURIComponent(batch)}`
      : `${base}/api/trpc/${procedure}?batch=1`;
  const response = await fetch(url, {
    method,
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: method === "POST" ? batch : undefined,
  });
  const [first] = (await response.json()) as Array<{ result?: { data: { json: T } }; error?: unknown }>;
  if (!first?.result) throw new Error(`${procedure} failed: ${JSON.stringify(first?.error)}`);
  return first.result.data.json;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`FAILED: ${what}`);
  console.log(`  ok: ${what}`);
}

async function main() {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "portal-faults-"));
  const [port, pusherPort] = [await freePort(), await freePort()];
  const base = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUSHER_PORT: String(pusherPort),
    PGLITE_DATA_DIR: path.join(dataRoot, "pglite"),
    NEXTAUTH_URL: base,
    DATABASE_URL: "",
    PUSHER_HOST: "",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    await withBuildLock(async () => {
      console.log("━ first run: store a visitor's chat");
      let product = startProduct(env);
      await waitUntilUp(base, product);
      const landing = await fetch(`${base}/`);
      const cookie = (landing.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      check(cookie.startsWith("vsid="), "the visitor got a session cookie");
      const chat = await trpc<{ id: string }>(base, cookie, "chat.start", { kind: "SUPPORT" }, "POST");
      await trpc(
        base,
        cookie,
        "chat.send",
        { chatId: chat.id, text: "сообщение до перезапуска", clientId: "faults-restart-0001" },
        "POST",
      );
      check((await stop(product)) === 0, "SIGTERM stops the product cleanly (exit 0)");

      console.log("━ second run: the same data is there");
      product = startProduct(env);
      await waitUntilUp(base, product);
      const current = await trpc<{ chat: { id: string } } | null>(base, cookie, "chat.current", null, "GET");
      check(current?.chat.id === chat.id, "the visitor's open chat survived the restart");
      const history = await trpc<{ messages: Array<{ text: string; seq: number }> }>(
        base,
        cookie,
        "chat.messages",
        { chatId: chat.id, afterSeq: 0 },
        "GET",
      );
      check(
        history.messages.filter((m) => m.text === "сообщение до перезапуска").length === 1,
        "the message stored before the restart is there once",
      );
      check(
        history.messages.every((m, i) => m.seq === i + 1),
        "sequence numbers are contiguous",
      );
      check((await stop(product)) === 0, "the second run stops cleanly too");
    });
  } finally {
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
