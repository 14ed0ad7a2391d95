import { describe, expect, it } from "vitest";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { extractClaims } from "@/lib/domain/document/extract-claims";
import { ID_A, ID_B, ID_C, br, claim, doc, h, li, p, t, ul } from "@/lib/domain/document/testing/build-doc";
import type { DocJSON } from "@/lib/domain/document/types";
import { readClaimRuns } from "./claim-runs";

const node = (json: DocJSON) => getDocumentSchema().nodeFromJSON(json);

describe("readClaimRuns", () => {
  const json = doc(
    h(2, t("Heading with "), t("a claim", claim(ID_A))),
    p(t("Over 113 people, ", claim(ID_B)), t("including 13 US servicemen", claim(ID_B), claim(ID_C)), t(".")),
    ul(li(p(t("item "), t("one", claim(ID_A)))), li(p(t("two"), br(), t("three")))),
  );

  it("reads the same plain text and offsets as extractClaims (the JSON reading)", () => {
    const runs = readClaimRuns(node(json));
    const extracted = extractClaims(json);
    expect(runs.text).toBe(extracted.text);
    for (const c of extracted.claims) {
      const run = runs.runs.get(c.id)?.[0];
      expect(run && runs.text.slice(run.start, run.end)).toBe(c.quote);
      expect(run).toMatchObject({ start: c.start, end: c.end });
    }
  });

  it("keeps nested claims as separate runs, and a second range of an id as a second run", () => {
    const runs = readClaimRuns(node(json));
    expect(runs.runs.get(ID_B)).toHaveLength(1);
    expect(runs.runs.get(ID_C)).toHaveLength(1);
    expect(runs.runs.get(ID_A)?.map((r) => runs.text.slice(r.start, r.end))).toEqual(["a claim", "one"]);
  });

  it("gives document positions that cover exactly the marked text", () => {
    const pm = node(json);
    const runs = readClaimRuns(pm);
    const run = runs.runs.get(ID_C)?.[0];
    expect(run && pm.textBetween(run.from, run.to)).toBe("including 13 US servicemen");
  });

  it("counts a claim across a paragraph break as one run", () => {
    const across = doc(p(t("end of one", claim(ID_A))), p(t("start of two", claim(ID_A)), t(" rest")));
    const runs = readClaimRuns(node(across));
    const [only, ...more] = runs.runs.get(ID_A) ?? [];
    expect(more).toEqual([]);
    expect(only && runs.text.slice(only.start, only.end)).toBe("end of one\nstart of two");
  });
});
