import { FileCheck2, FilePen, FileSearch } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ARTICLE_STATUS_LABEL, type ArticleStatusName } from "@/lib/domain/claims/claim-status";

const STYLE: Record<ArticleStatusName, { className: string; Icon: typeof FilePen }> = {
  DRAFT: { className: "border-slate-300 bg-white text-slate-800", Icon: FilePen },
  IN_CHECK: { className: "border-amber-300 bg-amber-50 text-amber-900", Icon: FileSearch },
  CLEARED: { className: "border-green-300 bg-green-50 text-green-900", Icon: FileCheck2 },
};

export function ArticleStatusBadge({ status }: { status: ArticleStatusName }) {
  const { className, Icon } = STYLE[status];
  return (
    <Badge className={className}>
      <Icon aria-hidden="true" />
      {ARTICLE_STATUS_LABEL[status]}
    </Badge>
  );
}
