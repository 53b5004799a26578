"use client";

import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** False while the server renders and the page hydrates, true once React runs in the browser. */
export const useIsHydrated = () =>
  useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
