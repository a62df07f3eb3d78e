/**
 * The Worker's own address inside `wrangler dev`, bypassing wrangler's proxy. The proxy exists
 * only in development, and on this machine it held a 100k-row GeoJSON export in memory (808 MB)
 * and then stopped answering, so an export bench through it measures wrangler, not the Worker.
 * workerd listens on a few ephemeral ports (entry, inspector, debug); the entry is the one that
 * answers `GET /api/meta` with 200.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { probe } from "./export-http";
import type { InspectorTarget } from "./worker-heap";

function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // Closed while we were listing.
    }
  }
  const ports: number[] = [];
  // proc(5): "sl local_address rem_address st … inode"; st 0A is LISTEN.
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [local, state, inode] = [fields[1], fields[3], fields[9]];
    if (local && state === "0A" && inode && inodes.has(inode))
      ports.push(Number.parseInt(local.split(":")[1] ?? "", 16));
  }
  return ports;
}

export async function findWorkerUrl(workerPid: number): Promise<string> {
  for (const port of listeningPorts(workerPid)) {
    const url = `http://127.0.0.1:${port}`;
    try {
      const { status, json } = await probe(`${url}/api/meta`);
      if (status === 200 && json) return url;
    } catch {
      // Not an HTTP entry (inspector, debug port).
    }
  }
  throw new Error(`workerd ${workerPid} has no port answering /api/meta`);
}

/**
 * The isolates workerd's own inspector lists (its port is another of the ephemeral ones: the one
 * whose `/json` is a list of targets); empty when none answers.
 */
export async function findInspectorTargets(workerPid: number): Promise<InspectorTarget[]> {
  for (const port of listeningPorts(workerPid)) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json`, { signal: AbortSignal.timeout(5000) });
      const targets: unknown = response.ok ? await response.json() : null;
      if (Array.isArray(targets)) return targets as InspectorTarget[];
    } catch {
      // Not the inspector (the entry, the debug port).
    }
  }
  return [];
}
