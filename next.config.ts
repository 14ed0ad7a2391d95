import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "argon2",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    // Imports (.docx, HTML): loaded as they are rather than bundled into the server.
    "happy-dom",
    "mammoth",
  ],
  poweredByHeader: false,
  experimental: {
    // The new-article form posts its text to a server action. The documented limit is
    // 1,000,000 characters (MAX_ARTICLE_TEXT), at most 3 bytes each in UTF-8 (a line break
    // goes as CRLF: 2), so the action takes 4 MB, not Next's 1 MB default, which answered a
    // 600,000-character Cyrillic article with a 500. Past that limit the form refuses
    // before sending (lib/validation/articles.test.ts keeps the two in step).
    serverActions: { bodySizeLimit: "4mb" },
    // The proxy (proxy.ts) buffers request bodies and would cut an import off at its 10 MB
    // default without a word; uploads are capped by the import route itself (10 MB of file
    // plus the form's framing, 413 beyond), so the proxy takes a little more.
    proxyClientMaxBodySize: "11mb",
  },
  typedRoutes: false,
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
          },
        ],
      },
    ]);
  },
};

export default nextConfig;
