import type { AttemptRequester } from "@/lib/permissions";

/** The attempts a requester owns, as a Prisma filter (the same rule as canViewAttempt); null for nobody. */
export function attemptsOwnedBy(requester: AttemptRequester) {
  const owners = [
    ...(requester.userId ? [{ userId: requester.userId }] : []),
    ...(requester.anonKeyHash ? [{ userId: null, anonKeyHash: requester.anonKeyHash }] : []),
  ];
  return owners.length > 0 ? { OR: owners } : null;
}
