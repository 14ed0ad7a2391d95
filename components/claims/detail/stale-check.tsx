"use client";
// The open claim's "Checked text changed" notice, and for an approver other than the
// verdict's proposer the Re-confirm that says the verdict holds for the new words. The
// words sent are the ones shown: if they changed again meanwhile the server refuses
// (409 quote_changed) and the detail is read again, so the approver sees the new diff.
import { CheckCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StaleCheckNotice } from "@/components/claims/stale-check-notice";
import { claimApi, type ClaimDetailData } from "@/components/claims/detail/api";
import { FormAlert } from "@/components/claims/detail/form-bits";
import { useSubmit } from "@/components/claims/detail/use-submit";

export function StaleCheck({
  detail,
  onApplied,
  onStale,
}: {
  detail: ClaimDetailData;
  onApplied: (detail: ClaimDetailData) => void;
  /** The claim changed under the approver: read it again. */
  onStale: () => void;
}) {
  const submit = useSubmit();
  if (!detail.stale || detail.checkedQuote === null || detail.orphaned) return null;
  const reconfirm = async () => {
    const result = await submit.run(
      () => claimApi.reconfirm(detail.id, { quote: detail.quote }),
      "Verdict re-confirmed for the new words.",
    );
    if (result) onApplied(result.value);
    else onStale();
  };
  return (
    <StaleCheckNotice checkedQuote={detail.checkedQuote} quote={detail.quote}>
      {detail.can.reconfirm ? (
        <div className="mt-2 flex flex-col items-start gap-1.5">
          <p className="text-slate-700">
            Does the verdict still hold for the current words? Re-confirming records it in the audit trail
            {detail.status === "VERIFIED" ? "." : " and verifies the claim again."}
          </p>
          <Button size="sm" onClick={() => void reconfirm()} disabled={submit.pending}>
            <CheckCheck aria-hidden="true" />
            {submit.pending ? "Re-confirming…" : "Re-confirm verdict for the new words"}
          </Button>
          <FormAlert error={submit.error} />
        </div>
      ) : (
        detail.can.reconfirmRefusal && <p className="mt-1.5 text-slate-700">{detail.can.reconfirmRefusal}</p>
      )}
    </StaleCheckNotice>
  );
}
