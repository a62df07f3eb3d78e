/**
 * The Worker's V8 heap, read through the inspector that `wrangler dev` opens (Chrome DevTools
 * Protocol). A heap snapshot makes V8 collect all garbage first, so the heap's used size right
 * after one is what the isolate holds live: what tells an export that keeps rows from one that
 * does not, which the process's resident memory cannot (it also counts garbage not yet
 * collected, pages V8 and malloc keep, and the local D1's own isolate and SQLite).
 * workerd's inspector has no `HeapProfiler.collectGarbage`; it does take snapshots.
 */
import WebSocket from "ws";

export type WorkerHeap = {
  /** The isolate's live heap and the array buffers it holds, in kB, after a full collection. */
  liveKb(): Promise<number>;
  /** The heap V8 has committed for the isolate (live or not), in kB, as of the last `liveKb`. */
  committedKb(): Promise<number>;
  close(): void;
};

type Inspector = { call(method: string, params?: object): Promise<unknown>; close(): void };

async function openInspector(webSocketUrl: string): Promise<Inspector> {
  const socket = new WebSocket(webSocketUrl);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on("message", (data) => {
    const text = String(data);
    // The snapshot itself arrives as chunks, which only its size would be of use for.
    if (text.startsWith('{"method":"HeapProfiler.addHeapSnapshotChunk"')) return;
    const message = JSON.parse(text) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const call = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => reject(new Error(`inspector: no answer to ${method}`)), 60_000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => socket.close() };
}

/** The V8 heap the isolate has committed (used or not), in kB. */
async function committedKbOf(inspector: Inspector): Promise<number> {
  const usage = (await inspector.call("Runtime.getHeapUsage")) as { totalSize: number };
  return usage.totalSize / 1024;
}

export async function openWorkerHeap(inspectorPort: number): Promise<WorkerHeap> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const target = targets[0];
  if (!target) throw new Error(`no inspector target on port ${inspectorPort}`);
  const inspector = await openInspector(target.webSocketDebuggerUrl);
  return {
    async liveKb() {
      await inspector.call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      const usage = (await inspector.call("Runtime.getHeapUsage")) as {
        usedSize: number;
        backingStorageSize?: number;
      };
      return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1024;
    },
    committedKb: () => committedKbOf(inspector),
    close: inspector.close,
  };
}

/** An isolate listed by workerd's own inspector (one per service: the Worker, D1, the cache…). */
export type InspectorTarget = { id: string; webSocketDebuggerUrl: string };

/**
 * The V8 heap committed by the local D1 simulator's isolate (miniflare's `d1:db` service, in the
 * same workerd process as the Worker, and not in production), in kB; NaN when workerd lists no
 * such isolate. Read through workerd's own inspector, which lists every isolate, where wrangler's
 * shows only the Worker.
 */
export async function d1SimulatorCommittedKb(targets: readonly InspectorTarget[]): Promise<number> {
  const target = targets.find((t) => t.id === "d1:db");
  if (!target) return Number.NaN;
  const inspector = await openInspector(target.webSocketDebuggerUrl);
  try {
    return await committedKbOf(inspector);
  } finally {
    inspector.close();
  }
}
