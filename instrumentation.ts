// Next.js calls register() once when a server process starts (instrumentation hook).
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own build-time switch, not configuration (lib/env.ts holds that):
  // the Edge runtime has no database, so only the Node.js server does background work.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("@/lib/server/background-work");
  startBackgroundWork();
}
