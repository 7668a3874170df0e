"use client";

import { useEffect } from "react";
import { dictionaryFor } from "@/lib/i18n/dictionary";

// An error boundary is a client component and cannot read the reader's language on the server: it shows both.
const messages = [dictionaryFor("ja").common.error, dictionaryFor("en").common.error];

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
