import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { requireUser } from "@/lib/server/auth/require-user";

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<Actor> {
  try {
    return await requireUser();
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") redirect("/login");
    throw error;
  }
}
