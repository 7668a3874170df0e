import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database or Node.js built-ins (the next-learn split), so the
 * proxy could import it. Providers and the callbacks that touch PostgreSQL are added in auth.ts.
 *
 * Sessions: the "jwt" strategy, but the JWT is only an encrypted envelope around a random session id whose row lives in
 * the Session table. Why not Auth.js's "database" strategy: with the Credentials provider it needs the session cookie
 * written by hand. Why not a bare JWT: it cannot be revoked and would freeze the role. With the row as the truth, every
 * request reads the user and role fresh (lib/auth/session.ts), sign-out deletes the row (events.signOut in auth.ts),
 * and any app server can check any session: the state lives in PostgreSQL, not in one process.
 */
export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    // Pages decide for themselves (and every use case checks the user again): the proxy lets every request through.
    authorized: () => true,
  },
} satisfies NextAuthConfig;
