import type { Role } from "@/lib/domain/permissions";

/** The signed-in person a use case acts for, loaded fresh from the database. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}
