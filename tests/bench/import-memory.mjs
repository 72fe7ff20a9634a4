/**
 * Peak memory of Chromium's processes during one step of the import benchmark, as the kernel
 * counts it: the peak resident set size (VmHWM in /proc/PID/status), reset at the start of the
 * step by writing 5 to /proc/PID/clear_refs. The processes come from CDP's
 * SystemInfo.getProcessInfo. Linux only; where /proc cannot be read or reset, the figures are
 * null and the bench says so rather than guessing.
 */
import { readFile, writeFile } from 'node:fs/promises';

const kilobytes = (status, field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match === null ? null : Number(match[1]);
};

async function statusOf(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return { rssKb: kilobytes(status, 'VmRSS'), peakKb: kilobytes(status, 'VmHWM') };
  } catch {
    return null;
  }
}

/** Chromium's browser process and its renderers, through a browser-level CDP session. */
export async function chromiumProcesses(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    return {
      browser: processInfo.filter((info) => info.type === 'browser').map((info) => info.id),
      renderers: processInfo.filter((info) => info.type === 'renderer').map((info) => info.id),
    };
  } finally {
    await session.detach();
  }
}

/**
 * Starts a step: resets the peak of every process and returns `finish()`, which resolves to the
 * peak (MiB) of the biggest renderer (the page, with its import worker: a dedicated worker runs
 * in its page's process) and of the browser process (where Chromium runs IndexedDB's backend),
 * each beside its resident size when the step started.
 */
export async function startPeakWindow(browser) {
  const { browser: browserPids, renderers } = await chromiumProcesses(browser);
  const pids = [...browserPids, ...renderers];
  const before = new Map();
  let resettable = true;
  for (const pid of pids) {
    before.set(pid, await statusOf(pid));
    try {
      await writeFile(`/proc/${pid}/clear_refs`, '5');
    } catch {
      resettable = false;
    }
  }
  const mb = (kb) => (kb === null || kb === undefined ? null : Math.round(kb / 102.4) / 10);
  return async () => {
    const after = new Map();
    for (const pid of pids) {
      after.set(pid, await statusOf(pid));
    }
    const biggest = renderers
      .filter((pid) => after.get(pid) !== null)
      .sort((a, b) => after.get(b).peakKb - after.get(a).peakKb)[0];
    const figure = (pid) =>
      pid === undefined || !resettable || after.get(pid) === null
        ? { peakMb: null, atStartMb: null }
        : { peakMb: mb(after.get(pid).peakKb), atStartMb: mb(before.get(pid)?.rssKb) };
    return {
      renderer: figure(biggest),
      browser: figure(browserPids[0]),
      otherRenderersMb: renderers
        .filter((pid) => pid !== biggest)
        .map((pid) => mb(after.get(pid)?.peakKb)),
    };
  };
}
