"use client";
import { Player, type PlayerProps } from "@/components/netsim/player";
import { netsim } from "@/lib/i18n/messages/netsim";

/**
 * The player with its messages in the reader's language. Loaded with next/dynamic by the explanation's player and the
 * forum's replay cards, so the simulator and its texts travel in that lazily fetched chunk, never in a page's first load.
 */
export function LocalizedPlayer(props: Omit<PlayerProps, "t">) {
  return <Player {...props} t={netsim[props.locale]} />;
}
