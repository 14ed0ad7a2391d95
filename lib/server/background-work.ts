import "server-only";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";
import { configuredMailer, sendDueDigests } from "@/lib/server/notifications/send-digests";

// Work the app does on its own while it runs: editing bursts become audit events once
// idle, and notification digests are emailed when an SMTP server is configured. Several
// app processes may all run it; each article is handled under its lock, and each digest
// is taken by one process only.

const SWEEP_EVERY_MS = 10_000;
const DIGESTS_EVERY_MS = 60_000;
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
  if (configuredMailer()) {
    const digests = setInterval(() => {
      sendDueDigests().catch((error: unknown) => {
        console.error("Sending notification digests failed", error);
      });
    }, DIGESTS_EVERY_MS);
    digests.unref();
  }
}
