import "server-only";
import { AppError } from "@/lib/errors";

/** Evidence changes while a claim is researched; in review or after, it is the record. */
export function assertSourcesEditable(status: string): void {
  if (status === "IN_REVIEW" || status === "VERIFIED" || status === "DISMISSED") {
    throw new AppError(
      "conflict",
      "Sources are locked while a claim is in review, verified or dismissed. Send it back or reopen it first.",
    );
  }
}
