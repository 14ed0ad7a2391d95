// zod schemas for workspace administration (verdict scale, users, settings), shared by the
// admin forms, the use cases and the API routes. Messages are shown to people as written.
import { z } from "@/lib/validation/zod";
import type { FieldIssue } from "@/lib/errors";
import { ZRole } from "@/lib/validation/users";

/** ratingValue of a rating that has no place on the numeric scale (e.g. Unverifiable). */
export const OFF_SCALE_VALUE = -1;
export const RATING_LABEL_MAX = 60;
export const ALTERNATE_NAME_MAX = 120;
const SCALE_MAX = 1000;

// Admin bodies are small and exact: a stray field is more likely a client bug than intent.
const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Unexpected field: ${issue.keys.join(", ")}.` : undefined,
  });

const wholeNumber = (what: string) =>
  z.number({ error: `Enter ${what} as a whole number.` }).int(`Enter ${what} as a whole number.`);

const ratingFields = {
  label: z
    .string({ error: "Enter a label." })
    .trim()
    .min(1, "Enter a label.")
    .max(RATING_LABEL_MAX, `Keep the label under ${RATING_LABEL_MAX} characters.`),
  alternateName: z
    .string({ error: "Enter the name published in ClaimReview." })
    .trim()
    .min(1, "Enter the name published in ClaimReview.")
    .max(ALTERNATE_NAME_MAX, `Keep the published name under ${ALTERNATE_NAME_MAX} characters.`),
  ratingValue: wholeNumber("the rating value")
    .min(
      OFF_SCALE_VALUE,
      `Use ${OFF_SCALE_VALUE} for a rating that is not on the scale; no other negative value.`,
    )
    .max(SCALE_MAX, `Keep the rating value at or under ${SCALE_MAX}.`),
  // Scales start at 0 or above so that -1 can only mean "not on the scale".
  bestRating: wholeNumber("the best rating")
    .min(0, "The best rating cannot be negative.")
    .max(SCALE_MAX, `Keep the best rating at or under ${SCALE_MAX}.`),
  worstRating: wholeNumber("the worst rating")
    .min(0, "The worst rating cannot be negative.")
    .max(SCALE_MAX, `Keep the worst rating at or under ${SCALE_MAX}.`),
  requiresSources: z.boolean({ error: "Say whether this rating requires sources." }),
};

export interface ClaimReviewNumbers {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
}

/**
 * The schema.org ClaimReview rules a rating must keep: bestRating above worstRating and
 * ratingValue within them, or exactly -1 for a rating that is not on the numeric scale.
 */
export function claimReviewRangeIssues(r: ClaimReviewNumbers): FieldIssue[] {
  if (r.bestRating <= r.worstRating) {
    return [{ path: "bestRating", message: "The best rating must be higher than the worst rating." }];
  }
  const onScale = r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating;
  if (onScale || r.ratingValue === OFF_SCALE_VALUE) return [];
  return [
    {
      path: "ratingValue",
      message: `Use a value from ${r.worstRating} to ${r.bestRating}, or ${OFF_SCALE_VALUE} for a rating that is not on the scale.`,
    },
  ];
}

export const ZCreateRatingInput = strict({
  label: ratingFields.label,
  // Empty or absent: the label is what ClaimReview publishes.
  alternateName: z
    .string({ error: "Enter the name published in ClaimReview." })
    .trim()
    .max(ALTERNATE_NAME_MAX, `Keep the published name under ${ALTERNATE_NAME_MAX} characters.`)
    .optional(),
  ratingValue: ratingFields.ratingValue,
  bestRating: ratingFields.bestRating.default(5),
  worstRating: ratingFields.worstRating.default(1),
  requiresSources: ratingFields.requiresSources.default(true),
}).superRefine(
  (rating, ctx) => {
    for (const issue of claimReviewRangeIssues(rating)) {
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  },
  // Only once every number is a valid one, so a field is not told off twice.
  { when: (payload) => payload.issues.length === 0 },
);
export type CreateRatingInput = z.input<typeof ZCreateRatingInput>;

/** A partial edit; the range rules are checked against the rating as it would become. */
export const ZUpdateRatingInput = strict({
  label: ratingFields.label.optional(),
  alternateName: ratingFields.alternateName.optional(),
  ratingValue: ratingFields.ratingValue.optional(),
  bestRating: ratingFields.bestRating.optional(),
  worstRating: ratingFields.worstRating.optional(),
  requiresSources: ratingFields.requiresSources.optional(),
});
export type UpdateRatingInput = z.input<typeof ZUpdateRatingInput>;

export const ZRetireRatingInput = strict({
  retired: z.boolean({ error: "Say whether the rating is retired (true) or in use (false)." }),
});
export type RetireRatingInput = z.input<typeof ZRetireRatingInput>;

export const ZReorderRatingsInput = strict({
  ratingIds: z
    .array(z.string({ error: "Rating ids are strings." }).min(1), { error: "Send the ratings in order." })
    .min(1, "Send the ratings in order.")
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "List each rating once."),
});
export type ReorderRatingsInput = z.input<typeof ZReorderRatingsInput>;

export const ZChangeUserRoleInput = strict({ role: ZRole });
export type ChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

export const ZSetUserDisabledInput = strict({
  disabled: z.boolean({ error: "Say whether the account is disabled (true) or enabled (false)." }),
});
export type SetUserDisabledInput = z.input<typeof ZSetUserDisabledInput>;

export const APPROVALS_REQUIRED_CHOICES = [1, 2] as const;
export type ApprovalsRequired = (typeof APPROVALS_REQUIRED_CHOICES)[number];

export const ZUpdateApprovalsRequiredInput = strict({
  approvalsRequired: z.literal(APPROVALS_REQUIRED_CHOICES, { error: "Approvals required must be 1 or 2." }),
});
export type UpdateApprovalsRequiredInput = z.input<typeof ZUpdateApprovalsRequiredInput>;
