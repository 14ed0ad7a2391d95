"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";

const ACTION_LABEL: Record<string, string> = {
  "DRAFT>IN_CHECK": "Request check",
  "IN_CHECK>CLEARED": "Clear for publication",
  "IN_CHECK>DRAFT": "Withdraw to draft",
  "CLEARED>IN_CHECK": "Reopen check",
};

interface Blocking {
  id: string;
  quote: string;
  why: string;
}

/**
 * The publish gate's next actions for this viewer. Clearing is offered to managers even
 * while claims are unsettled, so that the refusal can say which claims block it.
 */
export function ArticleGate({
  articleId,
  status,
  targets,
  onChanged,
  onShowClaim,
}: {
  articleId: string;
  status: ArticleStatus;
  targets: ArticleStatus[];
  onChanged: (status: ArticleStatus) => void;
  onShowClaim: (id: string) => void;
}) {
  const [pending, setPending] = useState(false);
  const [blocking, setBlocking] = useState<Blocking[] | null>(null);

  async function move(to: ArticleStatus) {
    setPending(true);
    setBlocking(null);
    try {
      const response = await fetch(`/api/v1/articles/${articleId}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to }),
      });
      const body = (await response.json().catch(() => null)) as
        | { status: ArticleStatus }
        | { error: { code: string; message: string; blocking?: Blocking[] } }
        | null;
      if (response.ok && body && "status" in body) {
        onChanged(body.status);
        toast.success(
          `Article is now ${body.status === "IN_CHECK" ? "in check" : body.status.toLowerCase()}.`,
        );
      } else if (body && "error" in body) {
        if (body.error.blocking) setBlocking(body.error.blocking);
        toast.error(body.error.message);
      } else {
        toast.error("The server did not answer. Try again.");
      }
    } catch {
      toast.error("Could not reach the server. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {targets.map((to) => (
          <Button
            key={to}
            size="sm"
            variant={to === "CLEARED" ? "default" : "outline"}
            disabled={pending}
            onClick={() => void move(to)}
          >
            {ACTION_LABEL[`${status}>${to}`] ?? to}
          </Button>
        ))}
      </div>
      {blocking && (
        <div
          role="alert"
          className="w-96 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-medium">The article cannot be cleared yet. These claims are not settled:</p>
          <ul className="mt-1 list-disc pl-5">
            {blocking.map((b) => (
              <li key={b.id}>
                <button type="button" className="text-left underline" onClick={() => onShowClaim(b.id)}>
                  “{b.quote}”
                </button>{" "}
                — {b.why}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
