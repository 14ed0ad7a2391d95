// The one auth module: next-auth (credentials + JWT sessions carrying id, role and the
// user's session version, which requireUser compares with the database on every request).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeCallbackPath } from "@/lib/domain/auth/safe-callback-path";
import { THROTTLED_ERROR_PREFIX } from "@/lib/domain/auth/sign-in-errors";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/server/rate-limit/client-address";
import { SignInThrottledError, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { currentSessionVersion, endSession } from "@/lib/server/auth/session-version";

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
      async authorize(credentials, req) {
        // next-auth hands over the request's headers only: the address comes from
        // X-Forwarded-For as far as CLAIMDESK_PROXY_HOPS trusts it (client-address.ts).
        const address = clientAddress(req.headers, getEnv().proxyHops);
        try {
          const actor = await verifyCredentials(credentials, { address });
          if (!actor) return null;
          const sessionVersion = await currentSessionVersion(actor.id);
          if (sessionVersion === null) return null;
          return { id: actor.id, email: actor.email, name: actor.name, role: actor.role, sessionVersion };
        } catch (error) {
          // next-auth passes a thrown error's message to the sign-in form as `error`.
          if (error instanceof SignInThrottledError) {
            throw new Error(`${THROTTLED_ERROR_PREFIX}${Math.ceil(error.retryAfterMs / 1000)}`);
          }
          throw error;
        }
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
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
  events: {
    // The sign-out route (the user menu's Sign out posts to it) ends the session on the
    // server too: the cookie it clears would otherwise stay valid until it expires.
    async signOut({ token }) {
      if (token.sub && typeof token.sessionVersion === "number") {
        await endSession(token.sub, token.sessionVersion);
      }
    },
  },
};
