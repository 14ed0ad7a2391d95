import { NextResponse } from "next/server";
import { z } from "zod";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZUserParams } from "@/lib/validation/route-params";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import type { ChangeUserRoleInput, SetUserDisabledInput } from "@/lib/validation/admin";

// `{disabled}` disables or enables the account; `{role}` changes the role. One at a time.
export const PATCH = endpoint({
  access: "user.manage",
  params: ZUserParams,
  body: z.record(z.string(), z.unknown()),
  async handle({ actor, params, body }) {
    const user =
      "disabled" in body
        ? await setUserDisabled(params.userId, body as SetUserDisabledInput, actor)
        : await changeUserRole(params.userId, body as ChangeUserRoleInput, actor);
    return NextResponse.json(user);
  },
});
