/**
 * The memory of the workerd process that runs the Worker and its local D1, read from
 * /proc/<pid>/status while an export streams. `wrangler dev` starts two workerd processes in its
 * process group: a proxy that listens on the dev port, and the one running our Worker (its
 * entry socket is on an ephemeral port, and it has the inspector). The second is measured.
 */
import { readdirSync, readFileSync } from "node:fs";

export type WorkerdProcesses = { worker: number; proxy: number | null };

type ProcessInfo = { pid: number; ppid: number; pgid: number; args: string };

function listProcesses(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ");
      // Fields after the parenthesised command name: state, ppid, pgrp (proc(5)).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [, ppid, pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      found.push({ pid: Number(entry), ppid: Number(ppid), pgid: Number(pgid), args });
    } catch {
      // The process ended while we were reading it.
    }
  }
  return found;
}

/** The workerd processes of the `wrangler dev` serving `port` (other engineers run their own). */
export function findWorkerd(port: number): WorkerdProcesses {
  const all = listProcesses().filter((p) => /\/workerd serve /.test(p.args));
  const proxy = all.find((p) => p.args.includes(`--socket-addr=entry=127.0.0.1:${port} `));
  if (!proxy) throw new Error(`no workerd listens on port ${port}`);
  const siblings = all.filter((p) => p.pgid === proxy.pgid && p.pid !== proxy.pid);
  const worker = siblings.find((p) => p.args.includes("--inspector-addr")) ?? siblings[0];
  if (!worker) throw new Error(`no workerd running the Worker beside the proxy ${proxy.pid}`);
  return { worker: worker.pid, proxy: proxy.pid };
}

export type MemoryReading = { rssKb: number; hwmKb: number; anonKb: number; fileKb: number };

/** VmRSS splits into RssAnon (heaps, buffers) and RssFile (mapped files, e.g. SQLite's). */
export function readMemory(pid: number): MemoryReading {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM"), anonKb: kb("RssAnon"), fileKb: kb("RssFile") };
}

/**
 * Samples VmRSS and RssAnon every `everyMs` until stopped. VmHWM is the process's peak since it
 * started (startup included), so the sampled peak is what one export adds on top of the idle
 * process. RssAnon is what the Worker's heap and buffers hold: a stream that kept rows would grow
 * it; a bigger database mapped by SQLite grows RssFile instead.
 */
export function sampleMemory(pid: number, everyMs = 20) {
  const before = readMemory(pid);
  let peakRssKb = before.rssKb;
  let peakAnonKb = before.anonKb;
  const take = () => {
    const now = readMemory(pid);
    peakRssKb = Math.max(peakRssKb, now.rssKb);
    peakAnonKb = Math.max(peakAnonKb, now.anonKb);
    return now;
  };
  const timer = setInterval(take, everyMs);
  return {
    stop(): {
      beforeRssKb: number;
      peakRssKb: number;
      hwmKb: number;
      beforeAnonKb: number;
      peakAnonKb: number;
    } {
      clearInterval(timer);
      const after = take();
      return {
        beforeRssKb: before.rssKb,
        peakRssKb,
        hwmKb: after.hwmKb,
        beforeAnonKb: before.anonKb,
        peakAnonKb,
      };
    },
  };
}
