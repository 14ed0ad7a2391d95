import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Per-process request limits for the API: a sliding window per caller (the user, or the
 * client's address before sign-in) and kind of request. They stop a runaway script or a
 * stuck client from flooding the server; they are generous for people (a fast typist sends
 * steps four times a second). Sign-in has its own, stricter limits stored in the database.
 */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export const READ_LIMIT: RateLimit = { limit: 1200, windowMs: 60_000 };
export const WRITE_LIMIT: RateLimit = { limit: 600, windowMs: 60_000 };

interface Window {
  startedAt: number;
  count: number;
  previousCount: number;
}

const MAX_TRACKED = 50_000;
const windows = new Map<string, Window>();

/** Counts one request; throws 429 with `retryAfterSeconds` when the caller is over its limit. */
export function consumeRequestLimit(key: string, policy: RateLimit, now = Date.now()): void {
  let window = windows.get(key);
  if (!window || now - window.startedAt >= 2 * policy.windowMs) {
    window = { startedAt: now, count: 0, previousCount: 0 };
  } else if (now - window.startedAt >= policy.windowMs) {
    window = { startedAt: window.startedAt + policy.windowMs, count: 0, previousCount: window.count };
  }
  // Sliding window: the previous window counts for the part of it still in view.
  const elapsed = (now - window.startedAt) / policy.windowMs;
  const estimate = window.previousCount * (1 - elapsed) + window.count;
  if (estimate >= policy.limit) {
    windows.set(key, window);
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + policy.windowMs - now) / 1000));
    throw new AppError("rate_limited", `Too many requests. Try again in ${retryAfterSeconds} s.`, {
      details: { retryAfterSeconds },
    });
  }
  window.count += 1;
  if (!windows.has(key) && windows.size >= MAX_TRACKED) evictOldest();
  windows.set(key, window);
}

function evictOldest(): void {
  const oldest = windows.keys().next();
  if (!oldest.done) windows.delete(oldest.value);
}

/** For tests: forget every window. */
export function resetRequestLimits(): void {
  windows.clear();
}
