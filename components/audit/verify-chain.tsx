"use client";
// Recomputes the hash chain on the server and says whether it is intact.
import { useState } from "react";
import { ShieldCheck } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { auditApi, type ChainReport } from "@/components/audit/api";
import { toApiError } from "@/components/claims/detail/api";

export function VerifyChain() {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await auditApi.verify());
    } catch (e) {
      const message = toApiError(e).message;
      setReport(null);
      setError(message);
      toast.error(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" onClick={verify} disabled={busy}>
        <ShieldCheck aria-hidden="true" />
        {busy ? "Verifying…" : "Verify chain"}
      </Button>
      {report?.ok && (
        <p role="status" className="text-sm text-green-900">
          Chain intact: {report.checked} events checked
        </p>
      )}
      {report && !report.ok && (
        <p role="alert" className="text-sm font-medium text-red-800">
          Broken at event {report.firstBrokenSeq ?? "?"}: {report.reason ?? "unknown reason"}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          Could not verify the chain. {error}
        </p>
      )}
    </div>
  );
}
