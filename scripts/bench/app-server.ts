// The built app for the benchmark: `npm start` on a throw-away data folder, with the
// baseline page enabled, and people signed in through the real sign-in form.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS } from "../chromium-args";
import { chromium, request, type APIRequestContext, type Browser } from "@playwright/test";

export interface AppServer {
  baseURL: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startAppServer(port: number): Promise<AppServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-app-"));
  const child: ChildProcess = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      CLAIMDESK_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      NEXTAUTH_URL: `http://localhost:${port}`,
      CLAIMDESK_BENCH_PAGES: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseURL = `http://localhost:${port}`;
  for (let waited = 0; ; waited += 1000) {
    if (child.exitCode !== null) throw new Error(`The app did not start:\n${output}`);
    if (waited > 300_000) throw new Error(`The app did not answer within 5 minutes:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/login`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    baseURL,
    dataDir,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SignedIn {
  storageState: string;
  api: APIRequestContext;
  cookie: string;
}

/** Signs a demo account in through the sign-in page; its session for pages, API and streams. */
export async function signIn(browser: Browser, baseURL: string, email: string): Promise<SignedIn> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("claimdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  const storageState = path.join(os.tmpdir(), `claimdesk-bench-${email}.json`);
  const state = await context.storageState({ path: storageState });
  await context.close();
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { storageState, api: await request.newContext({ baseURL, storageState }), cookie };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"],
  });
}
