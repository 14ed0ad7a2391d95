import { describe, expect, it } from "vitest";
import {
  RELIABILITY_LABEL,
  SOURCE_KIND_LABEL,
  ZArticleTransitionInput,
  ZCommentInput,
  ZQueueKind,
  ZSourceInput,
  ZSourcePatch,
  ZTransitionInput,
  ZVerdictInput,
} from "./claims";

const UUID = "3f2b8c1e-9a4d-4f6b-8c2e-1d5a7b9c0e12";
const UUID_2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

/** The messages of a failed parse, or "ok". */
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? "ok" : (result.error?.issues.map((i) => i.message) ?? []);

describe("ZSourceInput", () => {
  const source = { url: "https://data.example/report.pdf", title: "Casualty report" };

  it.each([
    ["https", "https://data.example/report.pdf", "ok"],
    ["http, trimmed", "  http://data.example/x  ", "ok"],
    ["javascript:", "javascript:alert(1)", ["Use an http or https address."]],
    ["ftp:", "ftp://files.example/report.pdf", ["Use an http or https address."]],
    ["data:", "data:text/html,<script>alert(1)</script>", ["Use an http or https address."]],
    ["not a URL", "report.pdf", ["Use an http or https address."]],
    ["empty", "   ", ["Enter the source's web address."]],
  ])("url %s → %j", (_n, url, expected) => {
    expect(messages(ZSourceInput.safeParse({ ...source, url }))).toEqual(expected);
  });

  it("fills the defaults and turns accessedAt into a Date", () => {
    const parsed = ZSourceInput.parse({
      ...source,
      url: "  https://data.example/x ",
      accessedAt: "2024-05-21",
    });
    expect(parsed).toEqual({
      url: "https://data.example/x",
      title: "Casualty report",
      publisher: "",
      excerpt: "",
      accessedAt: new Date("2024-05-21T00:00:00.000Z"),
      kind: "OTHER",
      reliability: "UNKNOWN",
      note: "",
      sensitive: false,
    });
  });

  it("defaults accessedAt to today's date", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(ZSourceInput.parse(source).accessedAt).toEqual(new Date(`${today}T00:00:00.000Z`));
  });

  it.each([
    ["full datetime", "2024-05-21T10:30:00Z", "ok"],
    ["datetime with offset", "2024-05-21T10:30:00+02:00", "ok"],
    ["impossible date", "2024-02-30", ["Use a date like 2024-05-21 or a full ISO date and time."]],
    ["free text", "yesterday", ["Use a date like 2024-05-21 or a full ISO date and time."]],
  ])("accessedAt %s → %j", (_n, accessedAt, expected) => {
    expect(messages(ZSourceInput.safeParse({ ...source, accessedAt }))).toEqual(expected);
  });

  it.each([
    ["empty title", { title: " " }, ["Give the source a title."]],
    ["long title", { title: "x".repeat(301) }, ["Keep the title under 300 characters."]],
    ["unknown kind", { kind: "RUMOUR" }, ["Choose what kind of source this is."]],
    ["unknown reliability", { reliability: "SHAKY" }, ["Choose how reliable the source is."]],
    ["long note", { note: "x".repeat(2001) }, ["Keep the note under 2,000 characters."]],
  ])("refuses %s", (_n, over, expected) => {
    expect(messages(ZSourceInput.safeParse({ ...source, ...over }))).toEqual(expected);
  });
});

describe("ZSourcePatch", () => {
  it("keeps omitted fields undefined instead of defaulting them", () => {
    expect(ZSourcePatch.parse({ reliability: "HIGH" })).toEqual({ reliability: "HIGH" });
  });

  it.each([
    ["empty patch", {}, ["Change at least one field."]],
    ["javascript: url", { url: "javascript:void(0)" }, ["Use an http or https address."]],
  ])("refuses %s", (_n, patch, expected) => {
    expect(messages(ZSourcePatch.safeParse(patch))).toEqual(expected);
  });

  it("turns accessedAt into a Date", () => {
    expect(ZSourcePatch.parse({ accessedAt: "2024-01-02" }).accessedAt).toEqual(
      new Date("2024-01-02T00:00:00.000Z"),
    );
  });
});

describe("ZVerdictInput", () => {
  it("trims, defaults sourceIds and removes duplicates", () => {
    expect(ZVerdictInput.parse({ rating: " False ", rationale: " 13 + 28 + 72 = 113. " })).toEqual({
      rating: "False",
      rationale: "13 + 28 + 72 = 113.",
      sourceIds: [],
      correctionNote: null,
    });
    expect(
      ZVerdictInput.parse({ rating: UUID, rationale: "r", sourceIds: [UUID, UUID_2, UUID] }).sourceIds,
    ).toEqual([UUID, UUID_2]);
  });

  it("reads a blank correction note as none, and refuses one over 500 characters", () => {
    const base = { rating: "False", rationale: "r" };
    expect(ZVerdictInput.parse({ ...base, correctionNote: "  " }).correctionNote).toBeNull();
    expect(ZVerdictInput.parse({ ...base, correctionNote: " We changed it. " }).correctionNote).toBe(
      "We changed it.",
    );
    const long = ZVerdictInput.safeParse({ ...base, correctionNote: "x".repeat(501) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("Keep the correction note under 500 characters.");
  });

  it.each([
    ["empty rationale", { rating: "False", rationale: "   " }, ["Write the rationale for this rating."]],
    ["missing rationale", { rating: "False" }, ["Write the rationale for this rating."]],
    ["empty rating", { rating: "", rationale: "r" }, ["Choose a rating."]],
    [
      "source id not a uuid",
      { rating: "False", rationale: "r", sourceIds: ["1"] },
      ["Cite sources from this claim's list."],
    ],
  ])("refuses %s", (_n, input, expected) => {
    expect(messages(ZVerdictInput.safeParse(input))).toEqual(expected);
  });
});

describe("ZTransitionInput", () => {
  it("parses a full request and turns dueAt into a Date", () => {
    expect(
      ZTransitionInput.parse({ to: "RESEARCHING", assigneeId: UUID, dueAt: "2026-12-01", priority: "HIGH" }),
    ).toEqual({
      to: "RESEARCHING",
      assigneeId: UUID,
      dueAt: new Date("2026-12-01T00:00:00.000Z"),
      priority: "HIGH",
    });
  });

  it.each([
    ["null", null],
    ["an empty form field", ""],
  ])("clears dueAt with %s", (_n, dueAt) => {
    expect(ZTransitionInput.parse({ to: "OPEN", dueAt }).dueAt).toBeNull();
  });

  it.each([
    [
      "unknown status",
      { to: "PUBLISHED" },
      ["Choose a status: OPEN, RESEARCHING, IN_REVIEW, VERIFIED or DISMISSED."],
    ],
    [
      "lowercase status",
      { to: "open" },
      ["Choose a status: OPEN, RESEARCHING, IN_REVIEW, VERIFIED or DISMISSED."],
    ],
    ["assignee not a uuid", { to: "RESEARCHING", assigneeId: "bob" }, ["Choose a person to assign."]],
    [
      "long reason",
      { to: "DISMISSED", reason: "x".repeat(2001) },
      ["Keep the reason under 2,000 characters."],
    ],
    ["unknown priority", { to: "OPEN", priority: "ASAP" }, ["Priority must be LOW, NORMAL, HIGH or URGENT."]],
  ])("refuses %s", (_n, input, expected) => {
    expect(messages(ZTransitionInput.safeParse(input))).toEqual(expected);
  });
});

describe("comments, article transitions and queues", () => {
  it.each([
    ["a comment", ZCommentInput, { body: "  @alice see p. 4 " }, "ok"],
    ["a blank comment", ZCommentInput, { body: " \n " }, ["Write a comment."]],
    [
      "a long comment",
      ZCommentInput,
      { body: "x".repeat(5001) },
      ["Keep the comment under 5,000 characters."],
    ],
    ["article to CLEARED", ZArticleTransitionInput, { to: "CLEARED" }, "ok"],
    [
      "article to PUBLISHED",
      ZArticleTransitionInput,
      { to: "PUBLISHED" },
      ["Choose a status: DRAFT, IN_CHECK or CLEARED."],
    ],
    ["queue review", ZQueueKind, "review", "ok"],
    ["queue all", ZQueueKind, "all", ["Choose a queue: mine, review or overdue."]],
  ] as const)("%s → %j", (_n, schema, input, expected) => {
    expect(messages(schema.safeParse(input))).toEqual(expected);
  });

  it("trims a comment body", () => {
    expect(ZCommentInput.parse({ body: "  ok  " })).toEqual({ body: "ok" });
  });
});

describe("labels", () => {
  it("names every source kind and reliability", () => {
    expect(SOURCE_KIND_LABEL).toEqual({
      PRIMARY_DOCUMENT: "Primary document",
      OFFICIAL_STATEMENT: "Official statement",
      NEWS_REPORT: "News report",
      EXPERT: "Expert",
      DATASET: "Dataset",
      OTHER: "Other",
    });
    expect(RELIABILITY_LABEL).toEqual({ HIGH: "High", MEDIUM: "Medium", LOW: "Low", UNKNOWN: "Unknown" });
  });
});
