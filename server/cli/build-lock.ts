import fs from "node:fs";
import path from "node:path";

const lockDir = path.resolve(".data", "e2e.lock");

/**
 * One browser-test run at a time per checkout (e2e, scale-out): they share the build
 * folder and their ports. Waits for the other run; the lock goes when this one ends.
 */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch {
      console.log("Another browser-test run is in progress; waiting…");
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
  const release = () => fs.rmSync(lockDir, { recursive: true, force: true });
  const onSignal = () => {
    release();
    process.exit(1);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await work();
  } finally {
    release();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
