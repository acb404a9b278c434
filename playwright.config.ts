import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./server/cli/ensure-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium, never a downloaded browser (see README).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", launchOptions: chromium, locale: "ru-RU" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions: chromium },
      grep: /@phone/,
    },
    // The page at other addresses than localhost: the browser's own host must work for the realtime socket too.
    {
      name: "at-127.0.0.1",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${port}`, launchOptions: chromium },
      grep: /@hosts/,
    },
    {
      name: "at-portal.test",
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://portal.test:${port}`,
        launchOptions: { ...chromium, args: [...chromium.args, "--host-resolver-rules=MAP portal.test 127.0.0.1"] },
      },
      grep: /@hosts/,
    },
  ],
  webServer: {
    command: "npx tsx server/cli/start.ts",
    url: `${baseURL}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      PGLITE_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e/pglite",
      NEXT_TELEMETRY_DISABLED: "1",
      PUSHER_PORT: process.env.E2E_PUSHER_PORT ?? "6101",
      // The specs play a load balancer: a spec's X-Forwarded-For entry is the client address, so specs keep their own limits.
      TRUSTED_PROXY_HOPS: "1",
      // Every spec's browser comes from this machine's address; the limit itself is an integration test.
      CHAT_STARTS_PER_IP_PER_HOUR: "1000",
      // The demo's debtors owe up to about 3 200 ₽; the default limit (1 000 ₽) would refuse them all.
      PROMISED_PAYMENT_MAX_RUB: "5000",
      // Notices are raised within seconds, not the default five minutes.
      NOTICES_SCAN_SECONDS: "5",
      // Autopay reacts to a balance below its threshold within seconds, not the default minute.
      AUTOPAY_SCAN_SECONDS: "5",
    },
  },
});
