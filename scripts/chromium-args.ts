// How Chromium runs here (tests and benchmarks): the system browser, no sandbox (root in
// a container), nothing fetched from the network (NOTES.md).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
