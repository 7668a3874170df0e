/**
 * Reads the sandbox's `edits` URL parameter on the server: base64url JSON validated with the simulator's own
 * schemas. Kept apart from sandbox-state.ts so zod never ships to the browser with the sandbox.
 */
import { z } from "zod";
import { changeSchema, hostSchema, nameSchema, naclSchema, securityGroupSchema } from "@/lib/netsim/authoring";
import type { SandboxEdits } from "@/lib/netsim-ui/sandbox-state";

const editsSchema = z
  .object({
    nacls: z.record(z.string(), naclSchema).optional(),
    securityGroups: z.record(z.string(), securityGroupSchema).optional(),
    hosts: z.record(nameSchema, hostSchema).optional(),
    changes: z.array(changeSchema).max(40).optional(),
  })
  .strict();

function fromBase64Url(text: string): string | null {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The edits in a URL parameter, or none when it is missing or malformed. Never throws. */
export function decodeEdits(text: string | undefined): SandboxEdits {
  return readEditsParam(text).edits;
}

/** The `edits` URL parameter and whether it was malformed (the sandbox then says so and starts from the baseline). */
export function readEditsParam(text: string | undefined): { edits: SandboxEdits; isBad: boolean } {
  if (!text) return { edits: {}, isBad: false };
  if (text.length > 4000) return { edits: {}, isBad: true };
  const json = fromBase64Url(text);
  if (json === null) return { edits: {}, isBad: true };
  try {
    const parsed = editsSchema.safeParse(JSON.parse(json));
    return parsed.success ? { edits: parsed.data, isBad: false } : { edits: {}, isBad: true };
  } catch {
    return { edits: {}, isBad: true };
  }
}
