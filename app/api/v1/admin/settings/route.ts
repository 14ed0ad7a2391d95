import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { updateApprovalsRequired } from "@/lib/server/settings/update-approvals-required";
import type { UpdateApprovalsRequiredInput } from "@/lib/validation/admin";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  const { approvalsRequired } = await getWorkspaceSettings(actor);
  return NextResponse.json({ approvalsRequired });
});

export const PATCH = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(await updateApprovalsRequired(body as UpdateApprovalsRequiredInput, actor));
});
