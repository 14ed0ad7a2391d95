import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { requestContextFrom, runWithRequestContext } from "@/lib/server/http/request-context";

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

// next-auth checks its own CSRF token on sign-in and sign-out, so it stays outside the API's
// pipeline; the audit events it writes (signed in, sign-in failures) still name the request.
const nextAuth = NextAuth(authOptions) as RouteHandler;

const handler: RouteHandler = (request, context) =>
  runWithRequestContext(requestContextFrom(request.headers), () => nextAuth(request, context));

export { handler as GET, handler as POST };
