import { describe, expect, it } from "vitest";
import { describeClaim } from "./claim-highlights";

describe("describeClaim", () => {
  it("names the status, and a verified claim's rating", () => {
    expect(describeClaim({ status: "OPEN", rating: null })).toBe("Claim: Open");
    expect(describeClaim({ status: "IN_REVIEW", rating: "False" })).toBe("Claim: In review");
    expect(describeClaim({ status: "VERIFIED", rating: "Misleading" })).toBe("Claim: Verified, Misleading");
    expect(describeClaim({ status: "VERIFIED", rating: null })).toBe("Claim: Verified");
    expect(describeClaim({ status: "UNSAVED", rating: null })).toBe("Claim: not saved yet");
  });
});
