"use server";
import { redirect } from "next/navigation";
import { formText } from "@/lib/validation/form-data";
import { requireUser } from "@/lib/server/auth/require-user";
import { createArticle } from "@/lib/server/articles/create-article";
import { toActionError, type ActionResult } from "@/lib/server/http/action-result";

export async function createArticleAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const actor = await requireUser();
    const article = await createArticle(
      {
        title: formText(form, "title"),
        text: formText(form, "text"),
        format: formText(form, "format") === "md" ? "md" : "txt",
      },
      actor,
    );
    id = article.id;
  } catch (error) {
    return toActionError(error);
  }
  redirect(`/articles/${id}`);
}
