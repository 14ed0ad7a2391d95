import "server-only";
import pg from "pg";

// The one PostgreSQL connection per process that LISTENs for article signals. When it
// drops (database restart, network) it reconnects with growing pauses; notifications sent
// while it was down are lost, so after every reconnection the owner is told to re-read
// what it follows (`onResumed`). Its timers never keep Node alive.

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

export interface ListenConnectionOptions {
  connectionString: string;
  channel: string;
  onPayload: (payload: string) => void;
  /** LISTEN is active again after a drop or a failed first attempt: anything may have been missed. */
  onResumed: () => void;
}

export class ListenConnection {
  private client: pg.Client | null = null;
  private attempt: Promise<void> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private listenedBefore = false;
  private closed = false;

  constructor(private readonly options: ListenConnectionOptions) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.channel)) throw new Error("Invalid LISTEN channel name.");
    this.attempt = this.connect();
  }

  /** Settles when the current connection attempt succeeded or failed (never rejects). */
  ready(): Promise<void> {
    return this.attempt;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel === this.options.channel && message.payload)
        this.options.onPayload(message.payload);
    });
    client.on("error", (error) => this.dropped(client, error));
    client.on("end", () => this.dropped(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      this.dropped(client, error);
      return;
    }
    if (this.client !== client) return;
    const resumed = this.listenedBefore || this.failures > 0;
    this.listenedBefore = true;
    this.failures = 0;
    if (resumed) this.options.onResumed();
  }

  private dropped(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    // A dead client may still emit errors; they are expected now and must not crash Node.
    client.on("error", () => undefined);
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.failures += 1;
    const pause = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    const jittered = Math.round(pause * (0.5 + Math.random() / 2));
    const reason = error instanceof Error ? `: ${error.message}` : "";
    console.error(
      `Live article signals: the LISTEN connection was lost${reason}; retrying in ${jittered} ms.`,
    );
    this.retryTimer = setTimeout(() => {
      if (!this.closed) this.attempt = this.connect();
    }, jittered);
    this.retryTimer.unref();
  }
}
