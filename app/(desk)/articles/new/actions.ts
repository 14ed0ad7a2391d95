"use server";
import { redirect } from "next/navigation";
import { formText } from "@/lib/validation/form-data";
import { ZCreateArticleInput } from "@/lib/validation/articles";
import { createArticle } from "@/lib/server/articles/create-article";
import { runAction } from "@/lib/server/http/run-action";
import { toActionError, type ActionResult } from "@/lib/server/http/action-result";

export async function createArticleAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const article = await runAction(
      {
        access: "article.create",
        input: ZCreateArticleInput,
        handle: ({ actor, input }) => createArticle(input, actor),
      },
      {
        title: formText(form, "title"),
        text: formText(form, "text"),
        format: formText(form, "format") === "md" ? "md" : "txt",
      },
    );
    id = article.id;
  } catch (error) {
    return toActionError(error);
  }
  redirect(`/articles/${id}`);
}
