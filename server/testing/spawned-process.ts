/**
 * A real child process for the fault tests (`npx tsx <script>`): wait for a line it
 * prints (with a timeout, never a sleep), kill it with a signal and wait for the exit.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export interface Spawned {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the first line (already printed or still to come) that contains `text`. */
  waitForLine(text: string, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves once the process is gone, with how it ended. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<Spawned>();

export function spawnTsx(script: string, args: string[], env: Record<string, string>): Spawned {
  const child = spawn("npx", ["tsx", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so a signal reaches node behind npx and tsx
  });
  let text = "";
  const waiters: { needle: string; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const waiter of [...waiters]) {
      const line = findLine(text, waiter.needle);
      if (line === undefined) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const handle: Spawned = {
    child,
    exited,
    output: () => text,
    waitForLine(needle, timeoutMs = 60_000) {
      const line = findLine(text, needle);
      if (line !== undefined) return Promise.resolve(line);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line with "${needle}" from ${script} within ${timeoutMs} ms:\n${text}`)),
          timeoutMs,
        );
        const waiter = { needle, resolve: (l: string) => (clearTimeout(timer), resolve(l)) };
        waiters.push(waiter);
        void exited.then(({ code, signal }) => {
          if (!waiters.includes(waiter)) return;
          clearTimeout(timer);
          reject(new Error(`${script} exited (${code ?? signal}) before printing "${needle}":\n${text}`));
        });
      });
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, signal);
      return exited;
    },
  };
  running.add(handle);
  void exited.then(() => running.delete(handle));
  return handle;
}

/** For afterEach: nothing a failed test started outlives it. */
export async function killAllSpawned(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill("SIGKILL")));
}

function findLine(text: string, needle: string): string | undefined {
  return text.split("\n").find((line) => line.includes(needle));
}

/** A port nobody listens on right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
