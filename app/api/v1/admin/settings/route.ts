import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { updateApprovalsRequired } from "@/lib/server/settings/update-approvals-required";
import { ZUpdateApprovalsRequiredInput } from "@/lib/validation/admin";

export const GET = endpoint({
  access: "scale.manage",
  async handle({ actor }) {
    const { approvalsRequired } = await getWorkspaceSettings(actor);
    return NextResponse.json({ approvalsRequired });
  },
});

export const PATCH = endpoint({
  access: "scale.manage",
  body: ZUpdateApprovalsRequiredInput,
  async handle({ actor, body }) {
    return NextResponse.json(await updateApprovalsRequired(body, actor));
  },
});
