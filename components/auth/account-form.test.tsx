import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import { locales } from "@/lib/i18n/locales";
import { AccountForm } from "./account-form";
import { ProfileForm } from "./profile-form";
import { SignOutButton } from "./sign-out-button";

const action = async () => ({ ok: true as const, data: undefined });

describe("account forms read their own namespace", () => {
  it.each(locales)(
    "the change-password form shows its labels, the hint with its limit, and its button (%s)",
    (locale) => {
      const t = dictionaryFor(locale);
      const html = renderToString(
        <MessagesProvider
          locale={locale}
          messages={{ changePasswordForm: t.changePasswordForm, fieldErrors: t.fieldErrors }}
        >
          <AccountForm
            id="change"
            action={action}
            namespace="changePasswordForm"
            fields={[
              { name: "currentPassword", type: "password" },
              { name: "newPassword", type: "password", minLength: 12 },
            ]}
          />
        </MessagesProvider>,
      );
      expect(html).toContain(t.account.change.currentPassword);
      expect(html).toContain(t.account.change.newPassword);
      expect(html).toContain(format(t.auth.signUp.passwordHint, { min: 12 }));
      expect(html).not.toContain("{min}");
      expect(html).toContain(t.account.change.submit);
    },
  );

  it("names the field-error namespace when a page forgot to send it", () => {
    const t = dictionaryFor("en");
    expect(() =>
      renderToString(
        <MessagesProvider locale="en" messages={{ verifyForm: t.verifyForm }}>
          <AccountForm id="verify" action={action} namespace="verifyForm" fields={[]} />
        </MessagesProvider>,
      ),
    ).toThrow(/"fieldErrors"/);
  });

  it("the profile's forms need only their small namespaces, not the whole auth feature", () => {
    const t = dictionaryFor("ja");
    const html = renderToString(
      <MessagesProvider
        locale="ja"
        messages={{ profileForm: t.profileForm, fieldErrors: t.fieldErrors, signOutEverywhere: t.signOutEverywhere }}
      >
        <ProfileForm action={async () => ({ ok: true, data: { name: "x" } })} name="Aki" nameMax={40} />
        <SignOutButton action={async () => ({ ok: true, data: undefined })} callbackUrl="/signin" scope="everywhere" />
      </MessagesProvider>,
    );
    expect(html).toContain(t.auth.fields.name);
    expect(html).toContain(t.auth.profile.save);
    expect(html).toContain(t.auth.profile.signOutEverywhere);
  });
});
