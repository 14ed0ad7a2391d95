import "server-only";
import { AppError } from "@/lib/errors";

type Refusal =
  | { ok: false; code: "illegal_transition"; message: string; allowed: readonly string[] }
  | { ok: false; code: "forbidden"; message: string }
  | { ok: false; code: "validation"; message: string; issues: { path: string; message: string }[] }
  | {
      ok: false;
      code: "claims_unresolved";
      message: string;
      blocking: { id: string; quote: string; why: string }[];
    };

/** Turns a refusal of the workflow (claims or articles) into the API's error. */
export function toWorkflowError(refusal: Refusal): AppError {
  switch (refusal.code) {
    case "illegal_transition":
      return new AppError("illegal_transition", refusal.message, { details: { allowed: refusal.allowed } });
    case "forbidden":
      return new AppError("forbidden", refusal.message);
    case "validation":
      return new AppError("validation", refusal.message, { issues: refusal.issues });
    case "claims_unresolved":
      return new AppError("claims_unresolved", refusal.message, {
        details: { claims: refusal.blocking.map((b) => b.id), blocking: refusal.blocking },
      });
  }
}
