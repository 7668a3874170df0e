"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

export type SignOutAction = (state: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>;

type Props = {
  action: SignOutAction;
  callbackUrl: string;
  label: string;
  className?: string;
};

/** A real form (works before hydration) that ends the session and returns to `callbackUrl`. */
export function SignOutButton({ action, callbackUrl, label, className = "button button-quiet" }: Props) {
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
