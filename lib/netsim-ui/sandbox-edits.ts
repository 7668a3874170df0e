/**
 * Reads the sandbox's `edits` URL parameter on the server: base64url JSON validated with the simulator's own
 * schemas. Kept apart from sandbox-state.ts so zod never ships to the browser with the sandbox.
 */
import { z } from "zod";
import { naclSchema, securityGroupSchema } from "@/lib/netsim";
import type { SandboxEdits } from "@/lib/netsim-ui/sandbox-state";

const editsSchema = z
  .object({ nacls: z.record(z.string(), naclSchema).optional(), securityGroups: z.record(z.string(), securityGroupSchema).optional() })
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
  if (!text || text.length > 4000) return {};
  const json = fromBase64Url(text);
  if (json === null) return {};
  try {
    const parsed = editsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

