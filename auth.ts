import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { authConfig } from "@/auth.config";
import { clientAddress } from "@/lib/rate-limit/client-address";
import type { SessionUser } from "@/lib/auth/dto";
import { confirmEmailSchema, signInSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { promoteListedModerator } from "@/lib/server/accounts/promote-listed-moderator";
import { confirmEmail } from "@/lib/server/accounts/confirm-email";
import { createSession } from "@/lib/server/accounts/create-session";
import { deleteSession } from "@/lib/server/accounts/delete-session";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import { verifyCredentials } from "@/lib/server/accounts/verify-credentials";

declare module "next-auth" {
  interface Session {
    /** The user behind the session row, read fresh on every request; absent when the row is gone (signed out). */
    member?: SessionUser;
    /** The session row could not be read (the database is unreachable): the user is not known, not signed out. */
    isUnavailable?: true;
  }
}

/** The sign-in was refused because of too many attempts (the code reaches the sign-in action). */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

/** OAuth providers are optional: each is on when its two variables are set (see lib/auth/README.md). */
function oauthProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const providers: Provider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET)
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  return providers;
}

export const enabledOAuthProviders = (): string[] =>
  oauthProviders().map((provider) => (typeof provider === "function" ? provider().id : provider.id));

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // The adapter creates users and linked accounts for OAuth sign-ins; sessions stay ours (see auth.config.ts).
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data, { ip: clientAddress(request.headers) });
        if (!result.ok) {
          if (result.reason === "rateLimited") throw new RateLimitedSignIn();
          return null;
        }
        return result.user;
      },
    }),
    // The mailed confirmation link: its single-use token confirms the address and signs the user in.
    Credentials({
      id: "email-link",
      credentials: { token: {} },
      async authorize(credentials) {
        const parsed = confirmEmailSchema.safeParse(credentials);
        return parsed.success ? await confirmEmail(parsed.data.token) : null;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      // `user` is present only at the moment of signing in: open the session row then, and keep only its id.
      if (user?.id) {
        await promoteListedModerator(user.id);
        return { sid: await createSession(user.id), sub: user.id };
      }
      return token;
    },
    async session({ session, token }) {
      let member: SessionUser | null;
      try {
        member = typeof token.sid === "string" ? await findSessionUser(token.sid) : null;
      } catch (error) {
        // Thrown here, Auth.js would log it and clear the session cookie: a PostgreSQL restart would sign everyone
        // out. Report the outage instead (getSessionUser turns it into DatabaseUnavailableError) and keep the cookie.
        if (!isDatabaseUnavailable(error)) throw error;
        return { expires: session.expires, user: { name: null }, isUnavailable: true } as typeof session;
      }
      // Nothing about the user leaves the server but id, name and role; a revoked session carries no member.
      return {
        expires: session.expires,
        user: { name: member?.name ?? null },
        ...(member ? { member } : {}),
      } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await deleteSession(token.sid);
    },
  },
});
