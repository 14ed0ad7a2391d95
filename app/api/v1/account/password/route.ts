import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import type { ChangePasswordInput } from "@/lib/validation/users";

// POST {currentPassword, newPassword}: 204, and every session of the caller ends (this
// one included): they sign in again with the new password.
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  await changeOwnPassword(body as ChangePasswordInput, actor);
  return new Response(null, { status: 204 });
});
