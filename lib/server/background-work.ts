import "server-only";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";

// Work the app does on its own while it runs: editing bursts become audit events once
// idle. Several app processes may all run it; each article is handled under its lock.

const SWEEP_EVERY_MS = 10_000;
let started = false;

export function startBackgroundWork(): void {
  if (started) return;
  started = true;
  const timer = setInterval(() => {
    closeIdleEditBursts().catch((error: unknown) => {
      console.error("Closing idle editing bursts failed", error);
    });
  }, SWEEP_EVERY_MS);
  timer.unref();
}
