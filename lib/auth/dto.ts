// Who is signed in, as the app sees it: plain data, so use cases and components may import it.

export type SessionUser = { id: string; name: string | null; role: "USER" | "MODERATOR" };
