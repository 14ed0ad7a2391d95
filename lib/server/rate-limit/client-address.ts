// The client's address for rate limits and audit metadata, from X-Forwarded-For.
//
// `next start` sets X-Forwarded-For to the socket's address only when the request has no
// such header (it keeps one a client sent), and a route handler sees no socket. So:
// - behind N reverse proxies that each append the address they saw (nginx
//   `$proxy_add_x_forwarded_for`, most load balancers), set CLAIMDESK_PROXY_HOPS=N: the
//   client is the N-th entry from the right, which no client can forge;
// - with no proxy (0, the default) the rightmost entry is used: the socket's address,
//   unless the client sent its own header — then the per-address limit is only as good as
//   the client's honesty, and the per-account limit (which needs no address) still holds.

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function headerValue(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The client's address as the configured proxies report it, or null when unknown. */
export function clientAddress(headers: HeaderBag, proxyHops: number): string | null {
  const chain = (headerValue(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = chain[chain.length - Math.max(1, proxyHops)] ?? chain[0];
  if (!entry) return null;
  // Addresses only (IPv4, IPv6, an optional port): anything else is noise, not a key.
  const address = entry
    .replace(/^\[([^\]]+)\](?::\d+)?$/, "$1")
    .toLowerCase()
    // An IPv4 client on a dual-stack socket: the same address as plain IPv4.
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  return /^[0-9a-f.:]{2,45}$/.test(address) ? address : null;
}
