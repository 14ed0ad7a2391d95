// The one auth module: next-auth (credentials + JWT sessions carrying id and role).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeCallbackPath } from "@/lib/domain/auth/safe-callback-path";
import { getEnv } from "@/lib/env";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

export const authOptions: AuthOptions = {
  secret: getEnv().nextAuthSecret,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const actor = await verifyCredentials(credentials);
        return actor ? { id: actor.id, email: actor.email, name: actor.name, role: actor.role } : null;
      },
    }),
  ],
  callbacks: {
    // After sign-in or sign-out: only a path on this app's own origin (README, "Sign-in").
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
};
