// zod schemas for tags: an article's tag set (PUT /api/v1/articles/:id/tags, the tag input)
// and the tag list's query (GET /api/v1/tags). The name rules live in lib/domain/tags.
import { z } from "@/lib/validation/zod";
import { MAX_TAG_LENGTH, MAX_TAGS_PER_ARTICLE, normalizeTagList } from "@/lib/domain/tags/tag-name";
import { blankToUndefined } from "@/lib/validation/paging";

// A generous bound on what is even looked at: duplicates and spellings collapse afterwards.
const MAX_RAW_TAGS = MAX_TAGS_PER_ARTICLE * 5;

/** A list of tag names: each one cleaned, spellings of one tag kept once (the first). */
export const zTagNames = z
  .array(
    z
      .string({ error: "Each tag must be text." })
      .max(MAX_TAG_LENGTH * 10, `Keep each tag to ${MAX_TAG_LENGTH} characters.`),
    {
      error: "tags must be a list of names.",
    },
  )
  .max(MAX_RAW_TAGS, `An article takes at most ${MAX_TAGS_PER_ARTICLE} tags.`)
  .transform((raws, ctx) => {
    const result = normalizeTagList(raws);
    if (result.ok) return result.tags;
    for (const issue of result.issues)
      ctx.addIssue({
        code: "custom",
        message: issue.reason,
        path: issue.index === null ? [] : [issue.index],
      });
    return z.NEVER;
  });

/** Replaces an article's tags with these (an empty list removes them all). */
export const ZSetArticleTagsInput = z.object({ tags: zTagNames });
export type SetArticleTagsInput = z.input<typeof ZSetArticleTagsInput>;

export const TAG_LIST_DEFAULT = 20;
export const TAG_LIST_MAX = 200;
const limitMessage = `The limit must be a whole number from 1 to ${TAG_LIST_MAX}.`;

/** GET /api/v1/tags: names containing `q` (any case), most used first. */
export const ZTagListQuery = z.object({
  q: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "q must be text." })
      .max(MAX_TAG_LENGTH * 2, `Keep the search to ${MAX_TAG_LENGTH} characters.`)
      .optional(),
  ),
  limit: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: limitMessage })
      .int(limitMessage)
      .min(1, limitMessage)
      .max(TAG_LIST_MAX, limitMessage)
      .default(TAG_LIST_DEFAULT),
  ),
});
export type TagListQueryInput = z.input<typeof ZTagListQuery>;
