import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import {
  describeCorrection,
  type CorrectionKind,
  type CorrectionValue,
} from "@/lib/domain/corrections/plan-corrections";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { toCsv } from "@/lib/domain/csv";

export interface CorrectionView {
  id: string;
  claimId: string;
  /** The claim's words as they stand now (its last quote when they left the text). */
  claimQuote: string;
  kind: CorrectionKind;
  note: string;
  before: CorrectionValue;
  after: CorrectionValue;
  /** What changed, in one sentence for readers. */
  summary: string;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** When the article was cleared again with this correction; null while pending. */
  publishedAt: string | null;
}

export interface ArticleCorrections {
  article: { id: string; title: string; status: ArticleStatus; firstClearedAt: string | null };
  corrections: CorrectionView[];
}

/** An article's corrections log, newest first: pending ones, then the published ones. */
export async function listArticleCorrections(articleId: string, actor: Actor): Promise<ArticleCorrections> {
  assertAllowed(actor, "article.view");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      status: true,
      firstClearedAt: true,
      corrections: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        include: { author: { select: { id: true, name: true } }, claim: { select: { quote: true } } },
      },
    },
  });
  if (!article) throw notFound("The article");
  const corrections = article.corrections.map<CorrectionView>((c) => {
    const before = c.before as unknown as CorrectionValue;
    const after = c.after as unknown as CorrectionValue;
    return {
      id: c.id,
      claimId: c.claimId,
      claimQuote: c.claim.quote,
      kind: c.kind,
      note: c.note,
      before,
      after,
      summary: describeCorrection(c.kind, before, after),
      author: c.author,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      publishedAt: c.publishedAt?.toISOString() ?? null,
    };
  });
  corrections.sort((a, b) => Number(a.publishedAt !== null) - Number(b.publishedAt !== null));
  return {
    article: {
      id: article.id,
      title: article.title,
      status: article.status,
      firstClearedAt: article.firstClearedAt?.toISOString() ?? null,
    },
    corrections,
  };
}

export type CorrectionsFormat = "json" | "csv";

export const CORRECTIONS_CSV_COLUMNS = [
  "status",
  "published_at",
  "recorded_at",
  "kind",
  "claim_id",
  "claim_quote",
  "before",
  "after",
  "summary",
  "note",
  "author",
] as const;

/** The corrections log as a CSV file (RFC 4180, CRLF), a row per correction. */
export function correctionsToCsv(log: ArticleCorrections): string {
  const rows = log.corrections.map((c) => [
    c.publishedAt ? "published" : "pending",
    c.publishedAt ?? "",
    c.createdAt,
    c.kind,
    c.claimId,
    c.claimQuote,
    valueText(c.before),
    valueText(c.after),
    c.summary,
    c.note,
    c.author.name,
  ]);
  return toCsv(CORRECTIONS_CSV_COLUMNS, rows);
}

export function parseCorrectionsFormat(value: string | null): CorrectionsFormat {
  if (value === null || value === "json") return "json";
  if (value === "csv") return "csv";
  throw new AppError("validation", "Choose a corrections format: json or csv.", {
    issues: [{ path: "format", message: "Choose a corrections format: json or csv." }],
  });
}

function valueText(value: CorrectionValue): string {
  if ("quote" in value) return value.quote ?? "(removed from the text)";
  if (value.rating === null) return "(verdict withdrawn)";
  return `${value.rating}: ${value.rationale ?? ""}`;
}
