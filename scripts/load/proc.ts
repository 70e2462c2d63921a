/**
 * Child servers for the comparison phase of `npm run load`: starting a peer script on a free loopback port,
 * and the memory of a whole process tree (the Chromium peer is a Node process plus the browser's processes).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, ROOT } from '../lib/service.ts';

export interface Peer {
  pid: number;
  base: string;
  stop(): void;
}

/** Runs `node --import tsx <script>` with PORT set; resolves once GET /healthz answers 200 (60 s at most). */
export async function startPeer(script: string, log: (line: string) => void): Promise<Peer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  // SIGTERM, not SIGKILL: the Chromium peer closes its browser on SIGTERM (a SIGKILL would orphan it).
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (const s of [child.stdout, child.stderr]) s?.on('data', (b: Buffer) => b.toString().split('\n').filter(Boolean).forEach(log));
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? String(code)));
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (exited !== undefined) throw new Error(`${script} exited (${exited}) before it was ready`);
    if (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) break;
    if (performance.now() - started > 60_000) {
      stop();
      throw new Error(`${script} was not ready after 60 s`);
    }
    await sleep(200);
  }
  return { pid: child.pid!, base, stop };
}

/** Waits (at most `ms`) for a process to be gone, so the next server does not share the cores with it. */
export async function waitGone(pid: number, ms = 10_000): Promise<void> {
  for (const t0 = performance.now(); performance.now() - t0 < ms; await sleep(100)) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
}

/** pid and every descendant, from /proc/<pid>/stat's ppid field. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // the command name (2nd field) may hold spaces and parentheses: fields resume after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  for (let todo = [root]; todo.length; ) {
    const pid = todo.pop()!;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU seconds (user + system, all threads) used so far by a process tree's live processes. */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
    } catch {
      // gone
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

function statusKB(pid: number, field: string): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resident memory of a process tree now, in MB. */
export function treeRssMB(root: number): number {
  return processTree(root).reduce((kb, pid) => kb + statusKB(pid, 'VmRSS'), 0) / 1024;
}

/** Peak resident memory of a process tree over a run, in MB. */
export interface PeakRss {
  /** Sampled sum of VmRSS over the tree (pages shared between processes, as Chromium's are, count once per process). */
  tree: number;
  /** The root process alone: the kernel's exact high-water mark (VmHWM), reset when tracking starts. */
  root: number;
  /** Sampled sum over the root's descendants (Chromium's processes; tsx's esbuild helpers). */
  children: number;
  processes: number;
}

/** Samples the tree every 200 ms until stop(). */
export function trackPeakRss(root: number): { stop(): PeakRss } {
  for (const pid of processTree(root)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5'); // 5 = reset VmHWM to the current RSS
    } catch {
      // not ours or already gone: sampling still covers it
    }
  }
  const peak = { tree: 0, children: 0, processes: 1 };
  const sample = () => {
    const [self, ...children] = processTree(root).map((pid) => statusKB(pid, 'VmRSS'));
    const childKB = children.reduce((a, b) => a + b, 0);
    peak.tree = Math.max(peak.tree, (self ?? 0) + childKB);
    peak.children = Math.max(peak.children, childKB);
    peak.processes = Math.max(peak.processes, children.length + 1);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const rootKB = statusKB(root, 'VmHWM');
      // the root's exact peak can exceed the sampled sum when a spike fell between samples
      return { tree: Math.max(peak.tree, rootKB) / 1024, root: rootKB / 1024, children: peak.children / 1024, processes: peak.processes };
    },
  };
}
