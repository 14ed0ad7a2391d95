import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZUserParams } from "@/lib/validation/route-params";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";

// POST (managers): a new generated password for the user, in this answer only; every
// session of theirs ends. Never cached (the pipeline marks every answer no-store).
export const POST = endpoint({
  access: "user.manage",
  params: ZUserParams,
  async handle({ actor, params }) {
    return NextResponse.json(await resetUserPassword(params.userId, actor));
  },
});
