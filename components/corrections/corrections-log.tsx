// An article's corrections log, as readers will see it: newest first, each with the public
// note, what changed and when it was published (or that it waits for the next clearance).
import Link from "next/link";
import { Download, FileCheck2, Hourglass } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/components/claims/detail/format";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
// Type only (erased at build): the page renders the use case's own shape.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { ArticleCorrections, CorrectionView } from "@/lib/server/corrections/list-corrections";

const KIND_LABEL: Record<CorrectionView["kind"], string> = { TEXT: "Text", VERDICT: "Verdict" };

const exportLink =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700";

export function CorrectionsLog({ log }: { log: ArticleCorrections }) {
  const { article, corrections } = log;
  const api = `/api/v1/articles/${article.id}/corrections`;
  return (
    <main className="mx-auto max-w-[900px] px-4 py-6">
      <p className="text-sm">
        <Link href={`/articles/${article.id}`} className="text-blue-800 underline">
          ← Back to the article
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Corrections: {article.title}</h1>
        <ArticleStatusBadge status={article.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {article.firstClearedAt
          ? `First cleared for publication on ${formatDay(article.firstClearedAt)}. Every later change of a claim's words or verdict is listed here with its public note; a pending correction is published when the article is cleared again.`
          : "This article has not been cleared for publication yet, so its changes are not corrections."}
      </p>
      <div className="mt-3 mb-4 flex flex-wrap gap-2">
        <a href={`${api}?format=csv`} download className={exportLink}>
          <Download className="size-4" aria-hidden="true" />
          Download CSV
        </a>
        <a href={`${api}?format=json`} download className={exportLink}>
          <Download className="size-4" aria-hidden="true" />
          Download JSON
        </a>
      </div>
      {corrections.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No corrections.
        </p>
      ) : (
        <ol aria-label="Corrections" className="flex flex-col gap-3">
          {corrections.map((c) => (
            <li key={c.id}>
              <CorrectionEntry articleId={article.id} correction={c} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function CorrectionEntry({ articleId, correction: c }: { articleId: string; correction: CorrectionView }) {
  return (
    <article
      data-correction-state={c.publishedAt ? "published" : "pending"}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
        {c.publishedAt ? (
          <Badge className="border-green-300 bg-green-50 text-green-900">
            <FileCheck2 className="size-3.5" aria-hidden="true" />
            Published {formatDay(c.publishedAt)}
          </Badge>
        ) : (
          <Badge className="border-amber-300 bg-amber-50 text-amber-900">
            <Hourglass className="size-3.5" aria-hidden="true" />
            Pending: published when the article is cleared again
          </Badge>
        )}
        <Badge className="border-slate-300 bg-white text-slate-800">{KIND_LABEL[c.kind]}</Badge>
        <span>
          Recorded {formatDay(c.createdAt)} by {c.author.name}
        </span>
      </div>
      <p className="mt-2 text-[15px] break-words whitespace-pre-wrap text-slate-900">{c.note}</p>
      <p className="mt-1 text-[13px] break-words text-slate-700">{c.summary}</p>
      <p className="mt-1 text-xs">
        <Link href={`/articles/${articleId}?claim=${c.claimId}`} className="text-blue-800 underline">
          Open the claim “{c.claimQuote}”
        </Link>
      </p>
    </article>
  );
}
