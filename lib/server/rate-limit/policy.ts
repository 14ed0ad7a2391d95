// What a rate limit allows, and the pure arithmetic of one hit (no I/O: unit-tested).

export interface RateLimitPolicy {
  /** Hits allowed per window; the next one starts a block. */
  limit: number;
  windowMs: number;
  /** The first block's length; each further block in a row doubles it… */
  blockMs: number;
  /** …up to this. */
  maxBlockMs: number;
  /** A key quiet (unblocked, no hits) for this long starts again from its first block. */
  forgetAfterMs: number;
}

export interface RateLimitState {
  count: number;
  windowStart: Date | null;
  strikes: number;
  blockedUntil: Date | null;
}

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

/** How long the block after `strikes` earlier ones lasts: blockMs · 2^strikes, capped. */
export function blockLength(policy: RateLimitPolicy, strikes: number): number {
  return Math.min(policy.maxBlockMs, policy.blockMs * 2 ** Math.min(strikes, 30));
}

/**
 * One hit at `now`: the decision and the state to store. A hit while blocked is refused
 * and not counted (it neither extends the block nor adds a strike).
 */
export function applyHit(
  policy: RateLimitPolicy,
  state: RateLimitState,
  now: Date,
): { decision: RateLimitDecision; next: RateLimitState; expiresAt: Date } {
  const t = now.getTime();
  const blockedUntil = state.blockedUntil?.getTime() ?? 0;
  if (blockedUntil > t) {
    return {
      decision: { allowed: false, retryAfterMs: blockedUntil - t },
      next: state,
      expiresAt: new Date(blockedUntil + policy.forgetAfterMs),
    };
  }
  const lastActivity = Math.max(blockedUntil, state.windowStart?.getTime() ?? 0);
  const strikes = t - lastActivity >= policy.forgetAfterMs ? 0 : state.strikes;
  const windowOpen = state.windowStart !== null && t - state.windowStart.getTime() < policy.windowMs;
  const count = (windowOpen ? state.count : 0) + 1;
  const windowStart = windowOpen ? state.windowStart : now;
  if (count > policy.limit) {
    const until = t + blockLength(policy, strikes);
    return {
      decision: { allowed: false, retryAfterMs: until - t },
      next: { count: 0, windowStart: null, strikes: strikes + 1, blockedUntil: new Date(until) },
      expiresAt: new Date(until + policy.forgetAfterMs),
    };
  }
  return {
    decision: { allowed: true, remaining: policy.limit - count },
    next: { count, windowStart, strikes, blockedUntil: state.blockedUntil },
    expiresAt: new Date(t + Math.max(policy.windowMs, policy.forgetAfterMs)),
  };
}
