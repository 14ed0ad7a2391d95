// Which link targets an article may contain. Shared by the editor (Link's isAllowedUri)
// and by parseDocument, so the browser can never create a link the server would refuse.

export const ALLOWED_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

// Browsers ignore leading whitespace/control characters and tabs/newlines inside a URL, which
// is how "java\tscript:" tricks slip past naive prefix checks; we refuse them outright.
const UNSAFE_URL_CHARS = /[\u0000-\u0020\u007f-\u009f]/;

// An explicit scheme is required: a relative or scheme-less href ("example.com") means
// nothing in an exported article and cannot be checked against the allow-list.
const EXPLICIT_SCHEME = /^(https?|mailto):/i;

/** True when `href` is an absolute http(s) or mailto URL with no hidden characters. */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length === 0 || href.length > 2048) return false;
  if (UNSAFE_URL_CHARS.test(href) || !EXPLICIT_SCHEME.test(href)) return false;
  try {
    const url = new URL(href);
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}
