import type { Role } from "@/lib/domain/permissions";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      role: Role;
      /** The user's session version when signed in (lib/server/auth/session-version.ts). */
      sessionVersion?: number;
      name?: string | null;
      email?: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    sessionVersion?: number;
  }
}
