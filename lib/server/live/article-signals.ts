import "server-only";
import { EventEmitter } from "node:events";

// What use cases announce after they commit a change to an article, so that every open
// workspace hears of it. Signals carry no content: listeners read what changed from the
// database, in order, so a missed or repeated signal loses nothing.

export type ArticleSignal =
  /** Steps up to `version` are committed. */
  | { kind: "steps"; articleId: string; version: number }
  /** These claims' workflow data (status, rating, assignee…) or anchors changed. */
  | { kind: "claims"; articleId: string; claimIds: string[] }
  /** The article's status, correction count or pending corrections changed. */
  | { kind: "article"; articleId: string };

const emitter = new EventEmitter();
emitter.setMaxListeners(0);

/** Announces committed changes; call after the transaction, never inside it. */
export function signalArticle(...signals: ArticleSignal[]): void {
  for (const signal of signals) emitter.emit("signal", signal);
}

export function onArticleSignal(listener: (signal: ArticleSignal) => void): () => void {
  emitter.on("signal", listener);
  return () => emitter.off("signal", listener);
}
