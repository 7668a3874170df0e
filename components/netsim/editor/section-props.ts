import type { NetsimConnectFormMessages } from "@/lib/i18n/messages/netsim-sandbox-connect-forms";
import type { Change, Scenario } from "@/lib/netsim";
import type { NetworkBuild } from "@/lib/netsim-ui/sandbox-build";

/** What each section of the connection editor receives. `form` names the form, so a refusal shows beside it. */
export type SectionProps = {
  scenario: Scenario;
  /** Names a new item may not take. */
  taken: string[];
  t: NetsimConnectFormMessages;
  onChanges: (form: string, changes: Change[]) => void;
  onBuild: (form: string, build: NetworkBuild) => void;
  refusalFor: (form: string) => string | null;
};

/** The submit button's `value` (forms with several actions). */
export function submitterOf(event: { nativeEvent: Event }): string | undefined {
  return ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
}

export const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
