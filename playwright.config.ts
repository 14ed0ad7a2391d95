import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium-args";

// The browser suite runs the built app (`npm start` path: migrations, demo seed, next
// start) against its own fresh data folder, in the system's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.resolve(".tmp-e2e");
process.env.CLAIMDESK_DATA_DIR = E2E_DATA_DIR;
// SQLite in the data folder, unless E2E_DATABASE_URL names a fresh PostgreSQL database
// (CI runs the HTTP concurrency spec once more that way); the tests' own client follows.
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL;
if (E2E_DATABASE_URL) process.env.DATABASE_URL = E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;
const ENGINE = E2E_DATABASE_URL ? "postgres" : "sqlite";
const NEXTAUTH_SECRET = "e2e-secret-not-for-production-0123456789";
// On PostgreSQL a second app server shares the database (E2E_PORT + 1, its own data folder),
// so the live specs can check what crosses between processes (e2e/live/two-processes.spec.ts).
// Started after the first is up, so the migrations and the demo seed are already there.
const SECOND_PORT = PORT + 1;
const SECOND_DATA_DIR = path.resolve(".tmp-e2e-second");

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: ".tmp-playwright-output",
  reporter: process.env.CLAIMDESK_TEST_REPORT_DIR
    ? [
        ["list"],
        ["json", { outputFile: path.join(process.env.CLAIMDESK_TEST_REPORT_DIR, `e2e-${ENGINE}.json`) }],
      ]
    : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["setup"],
      testIgnore: /auth\.setup\.ts/,
    },
  ],
  webServer: [
    {
      command: `rm -rf "${E2E_DATA_DIR}" && npm start`,
      url: `http://localhost:${PORT}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        CLAIMDESK_DATA_DIR: E2E_DATA_DIR,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        NEXTAUTH_URL: `http://localhost:${PORT}`,
        // Any database but the embedded default starts without the demo unless asked; the
        // specs sign in as the demo accounts, so the PostgreSQL run asks.
        ...(E2E_DATABASE_URL ? { DATABASE_URL: E2E_DATABASE_URL, CLAIMDESK_DEMO: "1" } : {}),
      },
    },
    ...(E2E_DATABASE_URL
      ? [
          {
            command: `rm -rf "${SECOND_DATA_DIR}" && npm start`,
            url: `http://localhost:${SECOND_PORT}/login`,
            timeout: 240_000,
            reuseExistingServer: false,
            stdout: "pipe" as const,
            env: {
              PORT: String(SECOND_PORT),
              CLAIMDESK_DATA_DIR: SECOND_DATA_DIR,
              NEXTAUTH_SECRET,
              NEXTAUTH_URL: `http://localhost:${SECOND_PORT}`,
              DATABASE_URL: E2E_DATABASE_URL,
              CLAIMDESK_DEMO: "1",
            },
          },
        ]
      : []),
  ],
});
