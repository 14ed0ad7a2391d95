// The path parameters of the API's routes, parsed by the request pipeline like a body.
import { z } from "@/lib/validation/zod";

const ZId = z.string().min(1).max(100);

export const ZArticleParams = z.object({ articleId: ZId });
export const ZClaimParams = z.object({ claimId: ZId });
export const ZSourceParams = z.object({ sourceId: ZId });
export const ZCorrectionParams = z.object({ correctionId: ZId });
export const ZUserParams = z.object({ userId: ZId });
export const ZRatingParams = z.object({ ratingId: ZId });
