import { describe, expect, it } from "vitest";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { locales } from "@/lib/i18n/locales";
import { netsimSandboxEditor } from "@/lib/i18n/messages/netsim-sandbox-editor";

describe("the sandbox editors' texts", () => {
  it.each(locales)("are not in the netsim namespace a page hands its client components (%s)", (locale) => {
    const sandbox = dictionaryFor(locale).netsim.sandbox;
    const editor = netsimSandboxEditor[locale];
    for (const key of Object.keys(editor).filter((key) => key !== "errors" && key !== "network"))
      expect(sandbox).not.toHaveProperty(key);
    for (const key of Object.keys(editor.errors)) expect(sandbox.errors).not.toHaveProperty(key);
    expect(Object.keys(sandbox.network)).toEqual(["title"]);
  });

  it("say every field error once: the packet's in the namespace, the editors' with the editors", () => {
    for (const locale of locales) {
      const first = Object.keys(dictionaryFor(locale).netsim.sandbox.errors);
      const editors = Object.keys(netsimSandboxEditor[locale].errors);
      expect([...first, ...editors].sort()).toEqual(
        [
          "app",
          "cidr",
          "endpoint",
          "ip",
          "name",
          "policy",
          "port",
          "ports",
          "proto",
          "ruleNumber",
          "sameEndpoint",
        ].sort(),
      );
    }
  });
});
