import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZCommentInput } from "@/lib/validation/claims";
import { addComment } from "@/lib/server/comments/add-comment";

export const POST = endpoint({
  access: "comment.add",
  params: ZClaimParams,
  body: ZCommentInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await addComment(params.claimId, body, actor), { status: 201 });
  },
});
