// The packet simulator's sentences in both languages (netsim-explain-ja.ts and netsim-explain-en.ts, one module a
// language so the browser's on-demand chunk holds the reader's language only: lib/netsim-ui/explain-messages.ts).
// Server code and tools read them here.
import { en } from "./netsim-explain-en";
import { ja } from "./netsim-explain-ja";

export type { NetsimExplainMessages } from "./netsim-explain-ja";

export const netsimExplain = { ja, en };
