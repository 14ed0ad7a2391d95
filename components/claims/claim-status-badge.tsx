import { Circle, CircleCheck, CircleDashed, CircleDot, CircleMinus, Unlink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { CLAIM_STATUS_LABEL, type ClaimStatusName } from "@/lib/domain/claims/claim-status";

// Colour is never the only signal: every status also has its icon and label.
export const CLAIM_STATUS_STYLE: Record<
  ClaimStatusName,
  { badge: string; Icon: typeof Circle; swatch: string }
> = {
  OPEN: { badge: "border-slate-300 bg-slate-100 text-slate-800", Icon: Circle, swatch: "bg-slate-400" },
  RESEARCHING: {
    badge: "border-blue-300 bg-blue-50 text-blue-900",
    Icon: CircleDashed,
    swatch: "bg-blue-500",
  },
  IN_REVIEW: {
    badge: "border-amber-300 bg-amber-50 text-amber-900",
    Icon: CircleDot,
    swatch: "bg-amber-500",
  },
  VERIFIED: {
    badge: "border-green-300 bg-green-50 text-green-900",
    Icon: CircleCheck,
    swatch: "bg-green-600",
  },
  DISMISSED: { badge: "border-slate-200 bg-white text-slate-600", Icon: CircleMinus, swatch: "bg-slate-200" },
};

export function ClaimStatusBadge({ status, className }: { status: ClaimStatusName; className?: string }) {
  const { badge, Icon } = CLAIM_STATUS_STYLE[status];
  return (
    <Badge className={cn(badge, className)} data-status={status}>
      <Icon aria-hidden="true" />
      {CLAIM_STATUS_LABEL[status]}
    </Badge>
  );
}

export function OrphanedBadge() {
  return (
    <Badge className="border-red-400 bg-white text-red-800" data-orphaned="true">
      <Unlink aria-hidden="true" />
      Orphaned
    </Badge>
  );
}
