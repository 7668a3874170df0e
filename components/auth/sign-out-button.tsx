"use client";
import { useActionState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";

export type SignOutAction = (state: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>;

type Props = {
  action: SignOutAction;
  callbackUrl: string;
  /** "everywhere" (the profile, below <Messages namespaces={["signOutEverywhere"]}>) or this session only (the header, "common"). */
  scope?: "session" | "everywhere";
  className?: string;
};

/** A real form (works before hydration) that ends the session and returns to `callbackUrl`. */
export function SignOutButton({ action, callbackUrl, scope = "session", className = "button button-quiet" }: Props) {
  const messages = useMessages(scope === "everywhere" ? "signOutEverywhere" : "common");
  const label = "nav" in messages ? messages.nav.signOut : messages.label;
  const [, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={className} disabled={isPending}>
        {label}
      </button>
    </form>
  );
}
