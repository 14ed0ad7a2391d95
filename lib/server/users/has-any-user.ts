import "server-only";
import { db } from "@/lib/db";

/** Whether anyone has an account yet (the sign-in page explains the first step if not). */
export async function hasAnyUser(): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
