/// <reference lib="dom" />
/**
 * Stopping a save from a preSave handler without an "Uncaught (in promise) Object" each time.
 *
 * A preSave handler stops Decap's save by throwing. Decap 3 then shows the message (persistEntry
 * in node_modules/decap-cms-core/src/actions/entries.ts catches the error, toasts it and logs it
 * with console.error) and rejects again, with the ENTRY_PERSIST_FAILURE action it dispatched —
 * a plain object, not an Error. Nobody handles that rejection: Editor.handlePersistEntry awaits
 * persistEntry without a catch, and EditorInterface.handleOnPersist calls it without awaiting
 * (node_modules/decap-cms-core/src/components/Editor/). The browser reports it as an uncaught
 * error, "Object", on every blocked save, although everything worked as meant. Whatever the
 * handler throws, that is what reaches the page; so the rejection is quietened here, and only
 * the one carrying an error this module threw: any other failed save is reported as Decap
 * reports it.
 */

/**
 * The errors thrown by blockSave and not yet seen rejected, as Decap records them in the action
 * (`error.toString()`), with how many times each (the same problems may block two saves).
 */
const thrown = new Map<string, number>();

/** Stops Decap's save with `message` (shown in Decap's toast). */
export function blockSave(message: string): never {
  const error = new Error(message);
  const key = error.toString();
  thrown.set(key, (thrown.get(key) ?? 0) + 1);
  throw error;
}

interface PersistFailure {
  type?: unknown;
  payload?: { error?: unknown };
}

window.addEventListener("unhandledrejection", (event) => {
  const reason = event.reason as PersistFailure | null | undefined;
  if (typeof reason !== "object" || reason === null || reason.type !== "ENTRY_PERSIST_FAILURE") return;
  const error = reason.payload?.error;
  const count = typeof error === "string" ? thrown.get(error) : undefined;
  if (typeof error !== "string" || count === undefined) return;
  if (count > 1) thrown.set(error, count - 1);
  else thrown.delete(error);
  event.preventDefault();
});
