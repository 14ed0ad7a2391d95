// Maps a verdict to schema.org ClaimReview JSON-LD, the format search engines and
// fact-check aggregators read, and defines the verdict scale a new newsroom starts with.

export interface VerdictRating {
  label: string;
  /** -1: the rating is not on the numeric scale (e.g. Unverifiable). */
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

export interface ScaleRating extends VerdictRating {
  /** False only for ratings that state the evidence is missing. */
  requiresSources: boolean;
}

/** The value of ratingValue for a rating that has no place on the numeric scale. */
export const OFF_SCALE = -1;

export const DEFAULT_VERDICT_SCALE: readonly ScaleRating[] = [
  {
    label: "True",
    ratingValue: 5,
    bestRating: 5,
    worstRating: 1,
    alternateName: "True",
    requiresSources: true,
  },
  {
    label: "Mostly true",
    ratingValue: 4,
    bestRating: 5,
    worstRating: 1,
    alternateName: "Mostly true",
    requiresSources: true,
  },
  {
    label: "Mixed",
    ratingValue: 3,
    bestRating: 5,
    worstRating: 1,
    alternateName: "Mixed",
    requiresSources: true,
  },
  {
    label: "Mostly false",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: "Mostly false",
    requiresSources: true,
  },
  {
    label: "False",
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: "False",
    requiresSources: true,
  },
  {
    label: "Misleading",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: "Misleading",
    requiresSources: true,
  },
  {
    label: "Unverifiable",
    ratingValue: OFF_SCALE,
    bestRating: 5,
    worstRating: 1,
    alternateName: "Unverifiable",
    requiresSources: false,
  },
];

export interface ClaimReviewInput {
  claimQuote: string;
  articleTitle: string;
  articleUrl: string;
  /** ISO date or datetime. */
  datePublished: string;
  author: { name: string };
  rating: VerdictRating;
}

export function toClaimReview(input: ClaimReviewInput): Record<string, unknown> {
  const { rating } = input;
  // An off-scale rating has no honest number, so only its name is published; a made-up
  // value would rank it between True and False in aggregators.
  const reviewRating: Record<string, unknown> =
    rating.ratingValue === OFF_SCALE
      ? { "@type": "Rating", alternateName: rating.alternateName }
      : {
          "@type": "Rating",
          ratingValue: rating.ratingValue,
          bestRating: rating.bestRating,
          worstRating: rating.worstRating,
          alternateName: rating.alternateName,
        };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: input.claimQuote,
    // Where the claim appears: the article the newsroom is checking.
    itemReviewed: {
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", headline: input.articleTitle, url: input.articleUrl },
    },
    reviewRating,
    author: { "@type": "Organization", name: input.author.name },
    datePublished: input.datePublished,
    url: input.articleUrl,
  };
}
