"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (state: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>;
  providers: { id: string; label: string }[];
  callbackUrl: string;
};

/** One button per configured OAuth provider (none when no provider's variables are set). */
export function OAuthButtons({ action, providers, callbackUrl }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="row">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="submit"
          name="provider"
          value={provider.id}
          className="button button-quiet"
          disabled={isPending}
        >
          {provider.label}
        </button>
      ))}
      {state && !state.ok ? (
        <p role="alert" className="alert-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
