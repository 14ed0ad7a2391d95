"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Popover } from "radix-ui";
import { X } from "lucide-react";
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

  // Why clearing was refused floats under the buttons (it does not push the text down) and
  // stays until dismissed, or until the next try.
  return (
    <Popover.Root open={blocking !== null} onOpenChange={(open) => !open && setBlocking(null)}>
      <Popover.Anchor asChild>
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
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          aria-label="Why the article cannot be cleared"
          className="z-40 w-[min(24rem,calc(100vw-1rem))] rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg"
        >
          <div role="alert">
            <p className="pr-6 font-medium">
              The article cannot be cleared yet. These claims are not settled:
            </p>
            <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5">
              {blocking?.map((b) => (
                <li key={b.id}>
                  <button
                    type="button"
                    className="text-left underline"
                    onClick={() => {
                      setBlocking(null);
                      onShowClaim(b.id);
                    }}
                  >
                    “{b.quote}”
                  </button>{" "}
                  — {b.why}
                </li>
              ))}
            </ul>
          </div>
          <Popover.Close
            aria-label="Dismiss"
            className="absolute top-2 right-2 rounded p-1 text-amber-900 hover:bg-amber-100"
          >
            <X className="size-4" aria-hidden="true" />
          </Popover.Close>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
