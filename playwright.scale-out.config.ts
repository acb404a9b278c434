import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./server/cli/ensure-chromium";

// Two instances of the built app behind no shared memory, plus the realtime server; see server/cli/scale-out.ts.
const ports = [Number(process.env.SCALE_OUT_PORT_A ?? 3201), Number(process.env.SCALE_OUT_PORT_B ?? 3202)];
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
};
const instance = (port: number) => ({
  command: `npx next start -p ${port}`,
  url: `http://localhost:${port}/login`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  // PORT: the public page cache renders through the instance's own port.
  env: { NEXTAUTH_URL: `http://localhost:${port}`, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
});

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.scale.ts",
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { launchOptions: chromium, locale: "ru-RU" },
  metadata: { instances: ports.map((p) => `http://localhost:${p}`) },
  webServer: [
    {
      command: "npx tsx server/realtime/main.ts",
      port: Number(process.env.PUSHER_PORT ?? 6201),
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    ...ports.map(instance),
  ],
});
