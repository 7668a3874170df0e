import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { AppError } from "@/lib/errors";
import type { SignInInput } from "@/lib/auth/schemas";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db-errors";

/**
 * Signs in with email and password through Auth.js and redirects to `callbackUrl` (a same-site path).
 * A refused sign-in becomes an AppError with a message for the form; the redirect itself is thrown on purpose.
 */
export async function signInWithPassword(
  input: Pick<SignInInput, "email" | "password" | "callbackUrl">,
): Promise<void> {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: input.callbackUrl });
  } catch (error) {
    if (error instanceof CredentialsSignin)
      throw new AppError(
        error.code === "rate_limited" ? "auth.errors.signInRateLimited" : "auth.errors.invalidCredentials",
      );
    // authorize() could not reach PostgreSQL: "temporarily unavailable" (lib/action.ts), not "sign-in failed".
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(error);
    if (error instanceof AuthError) throw new AppError("auth.errors.signInFailed");
    throw error;
  }
}
