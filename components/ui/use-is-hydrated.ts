import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while React hydrates the server's HTML; true once the component runs in the browser (at
 * once for a component mounted after hydration). A control whose change lives in React state is disabled until then:
 * a click on server HTML before its code has run would otherwise toggle the box and then be undone by hydration.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
