import "server-only";
import { AppError } from "@/lib/errors";
import { authorizeSourceChange, type SourceChange, type SourceClaim } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";

/** Throws the policy's 403 when the actor may not change this claim's sources this way. */
export function assertSourceChangeAllowed(actor: Actor, claim: SourceClaim, change?: SourceChange): void {
  const decision = authorizeSourceChange(actor, claim, change);
  if (!decision.ok) throw new AppError("forbidden", decision.reason);
}
