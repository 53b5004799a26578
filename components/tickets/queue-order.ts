import { useMemo, useSyncExternalStore } from "react";

/**
 * The order of the queue an engineer last looked at, kept for the tab (sessionStorage): the
 * ticket page offers the previous and next ticket of that list (j/k), as the queue does.
 */
export type QueueOrder = { queueHref: string; tickets: Array<{ id: string; number: string }> };

const KEY = "clico:queue-order";

export function saveQueueOrder(storage: Storage, order: QueueOrder) {
  try {
    storage.setItem(KEY, JSON.stringify(order));
  } catch {
    // storage full or refused: the ticket page just offers no neighbours
  }
}

const noChanges = () => () => {};

/** The tickets before and after `ticketId` in the tab's kept queue; null before hydration. */
export function useQueueNeighbours(ticketId: string) {
  const kept = useSyncExternalStore(
    noChanges,
    () => sessionStorage.getItem(KEY),
    () => null,
  );
  return useMemo(() => neighboursIn(kept, ticketId), [kept, ticketId]);
}

/** The tickets before and after `ticketId` in a kept queue (its JSON), if it is on it. */
export function neighboursIn(kept: string | null, ticketId: string) {
  let order: QueueOrder | null = null;
  try {
    order = JSON.parse(kept ?? "null") as QueueOrder | null;
  } catch {
    return null;
  }
  if (!order || !Array.isArray(order.tickets)) return null;
  const at = order.tickets.findIndex((ticket) => ticket?.id === ticketId);
  if (at === -1) return null;
  return {
    queueHref: typeof order.queueHref === "string" ? order.queueHref : "/staff/queue",
    previous: order.tickets[at - 1] ?? null,
    next: order.tickets[at + 1] ?? null,
    position: at + 1,
    count: order.tickets.length,
  };
}
