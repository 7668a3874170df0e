// Module hooks for the baseline server (bench/quiz-load.ts): lets plain Node run the app's own use case by standing in
// for the two modules that only make sense inside Next.js — the `server-only` marker and the Auth.js session (the
// baseline identifies the signed-out candidate by the practice cookie, like the app does).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  if (specifier === "@/lib/auth/session")
    return { url: "data:text/javascript,export const getSessionUser = async () => null;", shortCircuit: true };
  return nextResolve(specifier, context);
}
