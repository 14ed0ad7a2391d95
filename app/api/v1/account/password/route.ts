import { endpoint } from "@/lib/server/http/endpoint";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { ZChangePasswordInput } from "@/lib/validation/users";

// POST {currentPassword, newPassword}: 204, and every session of the caller ends (this
// one included): they sign in again with the new password.
export const POST = endpoint({
  access: "signed-in",
  body: ZChangePasswordInput,
  async handle({ actor, body }) {
    await changeOwnPassword(body, actor);
    return new Response(null, { status: 204 });
  },
});
