import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICT_SCALE, toClaimReview } from "./claim-review";

const base = {
  claimQuote: "over 113 people including 13 US servicemen",
  articleTitle: "ISKP and the Kabul airport attack",
  articleUrl: "https://news.example/iskp",
  datePublished: "2024-05-21",
  author: { name: "Claimdesk Newsroom" },
};

describe("toClaimReview", () => {
  it("maps an on-scale rating to ClaimReview JSON-LD", () => {
    const rating = {
      label: "Mostly false",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly false",
    };
    expect(toClaimReview({ ...base, rating })).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "over 113 people including 13 US servicemen",
      itemReviewed: {
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          headline: "ISKP and the Kabul airport attack",
          url: "https://news.example/iskp",
        },
      },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: "Mostly false",
      },
      author: { "@type": "Organization", name: "Claimdesk Newsroom" },
      datePublished: "2024-05-21",
      url: "https://news.example/iskp",
    });
  });

  it("omits the numbers of an off-scale rating and keeps its name", () => {
    const rating = {
      label: "Unverifiable",
      ratingValue: -1,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Unverifiable",
    };
    expect(toClaimReview({ ...base, rating }).reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unverifiable",
    });
  });

  it("keeps a rating value of 0 (only -1 is off the scale)", () => {
    const rating = {
      label: "Pants on fire",
      ratingValue: 0,
      bestRating: 5,
      worstRating: 0,
      alternateName: "Pants on fire",
    };
    expect(toClaimReview({ ...base, rating }).reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 0,
      bestRating: 5,
      worstRating: 0,
      alternateName: "Pants on fire",
    });
  });
});

describe("DEFAULT_VERDICT_SCALE", () => {
  it("is the design's seven ratings, in order, with their values", () => {
    expect(
      DEFAULT_VERDICT_SCALE.map((r) => [r.label, r.ratingValue, r.alternateName, r.requiresSources]),
    ).toEqual([
      ["True", 5, "True", true],
      ["Mostly true", 4, "Mostly true", true],
      ["Mixed", 3, "Mixed", true],
      ["Mostly false", 2, "Mostly false", true],
      ["False", 1, "False", true],
      ["Misleading", 2, "Misleading", true],
      ["Unverifiable", -1, "Unverifiable", false],
    ]);
  });

  it("uses a 1 to 5 scale for every rating", () => {
    expect(new Set(DEFAULT_VERDICT_SCALE.map((r) => `${r.worstRating}-${r.bestRating}`))).toEqual(
      new Set(["1-5"]),
    );
  });
});
