import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { authConfig } from "@/auth.config";
import type { SessionUser } from "@/lib/auth/session";
import { confirmEmailSchema, signInSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { promoteListedModerator } from "@/lib/server/accounts/promote-listed-moderator";
import { confirmEmail } from "@/lib/server/accounts/confirm-email";
import { createSession, deleteSession, findSessionUser } from "@/lib/server/accounts/sessions";
import { verifyCredentials } from "@/lib/server/accounts/verify-credentials";

declare module "next-auth" {
  interface Session {
    /** The user behind the session row, read fresh on every request; absent when the row is gone (signed out). */
    member?: SessionUser;
  }
}

/** The sign-in was refused because of too many attempts (the code reaches the sign-in action). */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

/** OAuth providers are optional: each is on when its two variables are set (see lib/auth/README.md). */
function oauthProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const providers: Provider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  return providers;
}

export const enabledOAuthProviders = (): string[] => oauthProviders().map((provider) => (typeof provider === "function" ? provider().id : provider.id));

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
        const result = await verifyCredentials(parsed.data, { ip: clientIp(request) });
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
        if (user.email) await promoteListedModerator(user.id, user.email);
        return { sid: await createSession(user.id), sub: user.id };
      }
      return token;
    },
    async session({ session, token }) {
      const member = typeof token.sid === "string" ? await findSessionUser(token.sid) : null;
      // Nothing about the user leaves the server but id, name and role; a revoked session carries no member.
      return { expires: session.expires, user: { name: member?.name ?? null }, ...(member ? { member } : {}) } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await deleteSession(token.sid);
    },
  },
});
