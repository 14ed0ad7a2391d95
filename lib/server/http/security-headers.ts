import "server-only";

/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next
 * puts it on its own scripts; 'strict-dynamic' lets those load the app's chunks), nothing
 * from elsewhere, no framing, no plugins, forms and links to this origin only. Styles
 * allow inline `style` attributes, which React, Radix and the virtualised claims list set
 * (a nonce would switch 'unsafe-inline' off for them). Development adds 'unsafe-eval',
 * which Next's dev runtime needs.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { development: boolean; https: boolean },
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The policy of API answers: they are data, never a document to run or frame. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, the value the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
