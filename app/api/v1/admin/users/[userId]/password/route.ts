import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";

// POST (managers): a new generated password for the user, in this answer only; every
// session of theirs ends. Never cached: the answer carries a password.
export const POST = apiRoute<{ userId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  const { userId } = await params;
  const result = await resetUserPassword(userId, actor);
  return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
});
