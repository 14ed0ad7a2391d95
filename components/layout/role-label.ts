import type { Role } from "@/lib/domain/permissions";

export const ROLE_LABEL: Record<Role, string> = {
  EDITOR: "Editor",
  CHECKER: "Fact-checker",
  MANAGER: "Manager",
};
