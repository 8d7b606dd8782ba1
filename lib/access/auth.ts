import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateUser, type SignInAudience } from "@/lib/accounts/authenticate-user";
import { db } from "@/lib/server/db";
import { startSignInSession } from "./sign-in-sessions";
import { clientIpOf } from "@/lib/server/request-context";

/** A refused sign-in; `code` (invalid | rate_limited | unverified) reaches the sign-in form's action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function credentialsProvider(id: SignInAudience) {
  return Credentials({
    id,
    credentials: { email: {}, password: {} },
    async authorize(credentials, request) {
      const result = await authenticateUser({
        email: String(credentials?.email ?? ""),
        password: String(credentials?.password ?? ""),
        ip: clientIpOf(request.headers),
        audience: id,
      });
      // The wait travels in the code ("rate_limited:37"): Auth.js passes only the code to the form's action.
      if (!result.ok)
        throw new SignInRefused(
          result.reason === "rate_limited" ? `rate_limited:${result.retryAfterSeconds}` : result.reason,
        );
      return {
        id: result.user.id,
        email: result.user.email,
        name: result.user.name,
        sessionVersion: result.user.sessionVersion,
        sessionId: await startSignInSession(result.user),
      };
    },
  });
}

// JWT session cookies that name a server-side sign-in session (lib/access/sign-in-sessions.ts): the token
// carries the user id, the session version and the session id; lib/access/actor.ts checks all three against
// PostgreSQL on every use, so signing out, a password reset, a disabled account or a staff member's idle
// half hour ends the session at once on every app instance. AUTH_SECRET is read from the environment.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  trustHost: true,
  providers: [credentialsProvider("employer"), credentialsProvider("staff")],
  pages: { signIn: "/ru/employer/sign-in" },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as string | undefined,
        sv: token.sv as number | undefined,
        sid: token.sid as string | undefined,
      };
    },
  },
});
