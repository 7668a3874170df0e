"use client";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { Player, type PlayerProps } from "@/components/netsim/player";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";

/**
 * The player with the texts the scenario route sent in the reader's language (GET /api/questions/<id>/scenario):
 * loaded with next/dynamic or React.lazy by the explanation's player and the forum's replay cards, whose pages'
 * first loads carry neither the simulator nor its texts, and whose lazy chunk holds no messages (one language only,
 * from the server; the explanation sentences load on demand in that language, components/netsim/explain-messages).
 */
export function LocalizedPlayer({ messages, ...props }: Omit<PlayerProps, "t"> & { messages: NetsimMessages }) {
  return (
    <MessagesProvider locale={props.locale} messages={{ netsim: messages }}>
      <Player {...props} />
    </MessagesProvider>
  );
}
