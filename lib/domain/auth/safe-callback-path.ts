// Where to send someone after signing in (or out): only a path on this app's own origin.
// The candidate is parsed as a URL against the app's origin — the way a browser will read
// it — and kept only when the result has that origin. Browsers treat `\` as `/` and drop
// tabs and newlines inside URLs, so string checks such as "starts with / but not //" let
// `/\evil.test` and `/%09/evil.test` through; parsing does not.

const FALLBACK = "/";

/**
 * A same-origin path (`/articles/1?x#y`) for `candidate`, or "/" when it is missing,
 * malformed, or points anywhere else. `origin` is the app's public address.
 */
export function safeCallbackPath(candidate: unknown, origin: string): string {
  if (typeof candidate !== "string" || candidate.trim() === "") return FALLBACK;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(candidate, base);
  } catch {
    return FALLBACK;
  }
  if (target.origin !== base.origin || base.origin === "null") return FALLBACK;
  // `http://app//evil.test/x` has the right origin, but its path alone ("//evil.test/x")
  // would read as another host once returned as a relative URL: keep one leading slash.
  const path = `${target.pathname.replace(/^[/\\]+/, "/")}${target.search}${target.hash}`;
  return path.startsWith("/") ? path : FALLBACK;
}
