"use client";

import { useEffect } from "react";
import { common } from "@/lib/i18n/messages/common";

// An error boundary is a client component and cannot read the reader's language on the server: it shows both.
// It is in every page's first load, so it imports only its own messages, not the whole dictionary (about 11 kB gzip).
const messages = [common.ja.error, common.en.error];

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="narrow stack" role="alert">
      <h1>{messages.map((m) => m.title).join(" / ")}</h1>
      {messages.map((m) => <p key={m.title}>{m.body}</p>)}
      <button type="button" className="button" onClick={reset}>{messages.map((m) => m.retry).join(" / ")}</button>
    </div>
  );
}
