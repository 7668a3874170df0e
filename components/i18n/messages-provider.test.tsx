import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { MessagesProvider, useLocale, useMessages } from "./messages-provider";

function Probe() {
  return <p>{[useLocale(), useMessages("common").appName, useMessages("auth").signIn.submit].join(" ")}</p>;
}

describe("MessagesProvider", () => {
  const en = dictionaryFor("en");

  it("gives a client component the namespaces provided above it, nested providers adding theirs", () => {
    const html = renderToString(
      <MessagesProvider locale="en" messages={{ common: en.common }}>
        <MessagesProvider locale="en" messages={{ auth: en.auth }}>
          <Probe />
        </MessagesProvider>
      </MessagesProvider>,
    );
    expect(html).toContain(`en ${en.common.appName} ${en.auth.signIn.submit}`);
  });

  it("names the namespace that was not provided, instead of rendering undefined", () => {
    expect(() =>
      renderToString(
        <MessagesProvider locale="en" messages={{ common: en.common }}>
          <Probe />
        </MessagesProvider>,
      ),
    ).toThrow(/"auth"/);
    expect(() => renderToString(<Probe />)).toThrow(/No <Messages>/);
  });
});
