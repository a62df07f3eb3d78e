/**
 * The memory of the workerd process that runs the Worker and its local D1, read from
 * /proc/<pid>/status while an export streams. `wrangler dev` starts two workerd processes in its
 * process group: a proxy that listens on the dev port, and the one running our Worker and D1
 * (its entry socket is on an ephemeral port). The second is measured.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

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

/** Whether the process holds a local D1 database open (`…/v3/d1/…sqlite`). */
function holdsD1(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return /\/v3\/d1\/.*\.sqlite$/.test(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/**
 * The workerd processes of the `wrangler dev` serving `port` (other engineers run their own):
 * the proxy listens on the port; the Worker's is the one of its process group holding D1 open,
 * whatever flags (inspector ports) wrangler gives either.
 */
export function findWorkerd(port: number): WorkerdProcesses {
  const all = listProcesses().filter((p) => /\/workerd serve /.test(p.args));
  const proxy = all.find((p) => p.args.includes(`--socket-addr=entry=127.0.0.1:${port} `));
  if (!proxy) throw new Error(`no workerd listens on port ${port}`);
  const worker = all.find((p) => p.pgid === proxy.pgid && p.pid !== proxy.pid && holdsD1(p.pid));
  if (!worker) throw new Error(`no workerd holding D1 open beside the proxy ${proxy.pid}`);
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
