import "server-only";
import { AppError } from "@/lib/errors";
import { authorize, type Action } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";

/** Throws a 403 AppError with the policy's reason when the actor may not act. */
export function assertAllowed(actor: Actor, action: Action): void {
  const decision = authorize(actor, action);
  if (!decision.ok) throw new AppError("forbidden", decision.reason);
}
