"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, useState } from "react";
import { common } from "@/lib/i18n/messages/common";

// An error boundary is a client component and cannot read the reader's language on the server: it shows both.
// It is in every page's first load, so it imports only its own messages, not the whole dictionary (about 11 kB gzip).
const messages = [common.ja, common.en];

/**
 * A page that failed. The server hides the error's message in production, so the boundary asks /api/health: while the
 * database is down it says "temporarily unavailable, retrying" (never "sign in") and retries by itself until the
 * database answers again, then renders the page afresh.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [isUnavailable, setIsUnavailable] = useState(false);
  const hadOutage = useRef(false);
  useEffect(() => {
    console.error(error);
  }, [error]);
  useEffect(() => {
    let isActive = true;
    let delay = 1000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const isHealthy = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.ok,
        () => false,
      );
      if (!isActive) return;
      if (isHealthy) {
        setIsUnavailable(false);
        // Only after an outage: a page that failed for another reason waits for the reader's "Reload".
        if (hadOutage.current) {
          startTransition(() => {
            router.refresh();
            reset();
          });
        }
        return;
      }
      hadOutage.current = true;
      setIsUnavailable(true);
      delay = Math.min(delay * 2, 10_000);
      timer = setTimeout(() => void check(), delay);
    };
    void check();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [reset, router]);
  if (isUnavailable) {
    return (
      <div className="narrow stack" role="status" aria-live="polite" data-testid="unavailable">
        <h1>{messages.map((m) => m.unavailable.title).join(" / ")}</h1>
        {messages.map((m) => (
          <p key={m.unavailable.title}>{m.unavailable.body}</p>
        ))}
      </div>
    );
  }
  return (
    <div className="narrow stack" role="alert">
      <h1>{messages.map((m) => m.error.title).join(" / ")}</h1>
      {messages.map((m) => (
        <p key={m.error.title}>{m.error.body}</p>
      ))}
      <button type="button" className="button" onClick={reset}>
        {messages.map((m) => m.error.retry).join(" / ")}
      </button>
    </div>
  );
}
