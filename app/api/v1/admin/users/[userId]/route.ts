import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import type { ChangeUserRoleInput, SetUserDisabledInput } from "@/lib/validation/admin";

// `{disabled}` disables or enables the account; `{role}` changes the role. One at a time.
export const PATCH = apiRoute<{ userId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { userId } = await params;
  const body = await readJsonBody(request);
  const user =
    typeof body === "object" && body !== null && "disabled" in body
      ? await setUserDisabled(userId, body as SetUserDisabledInput, actor)
      : await changeUserRole(userId, body as ChangeUserRoleInput, actor);
  return NextResponse.json(user);
});
