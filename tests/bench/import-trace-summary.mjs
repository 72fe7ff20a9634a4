/**
 * Reads a Chromium trace of the import's writing pass (import-profile.mjs) into the few figures a
 * diagnosis needs: where the import worker's thread spends its time (V8's sampling profiler, self
 * time per function, located in the sources through the bundle's source map), and how long
 * IndexedDB's backend (the browser process) and the worker's IndexedDB bindings spent on each
 * kind of work (the 'IndexedDB' and 'leveldb' trace events).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = BASE64.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The name of the function a line sits in, from the source text (for anonymous callbacks). */
function enclosingName(text, line) {
  const lines = text.split('\n');
  for (let at = line; at >= Math.max(0, line - 40); at -= 1) {
    const match = /function\s+([\w$]+)\s*\(|([\w$]+)\s*:\s*function\b/.exec(lines[at] ?? '');
    if (match !== null) {
      return match[1] ?? match[2];
    }
  }
  return null;
}

/**
 * (generated line, column), 0-based → `{ location: 'source:line' (1-based, the source relative
 * to `root`), enclosing }` from a version 3 source map; `enclosing` names the function the line
 * sits in, when the map carries the source text.
 */
function sourceLookup(map, root) {
  const rootPrefix = `${root.replace(/^\/+/, '').replace(/\/+$/, '')}/`;
  const sourceName = (source) => {
    const cleaned = source.replace(/^(\.\.\/)+/, '');
    return cleaned.startsWith(rootPrefix) ? cleaned.slice(rootPrefix.length) : cleaned;
  };
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of map.mappings.split(';')) {
    let column = 0;
    const segments = [];
    for (const segment of line.split(',')) {
      if (segment === '') {
        continue;
      }
      const [columnDelta, sourceDelta, lineDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) {
        source += sourceDelta;
        sourceLine += lineDelta;
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    let found = null;
    for (const segment of lines[line] ?? []) {
      if (segment[0] > column) {
        break;
      }
      found = segment;
    }
    if (found === null) {
      return null;
    }
    const text = map.sourcesContent?.[found[1]];
    return {
      location: `${sourceName(map.sources[found[1]])}:${found[2] + 1}`,
      enclosing: text === undefined || text === null ? null : enclosingName(text, found[2]),
    };
  };
}

/** Where a source file belongs, for the per-area totals. */
function areaOf(location) {
  if (location === null) {
    return 'native or unmapped';
  }
  if (location.includes('node_modules/dexie/')) {
    return 'Dexie, with the IndexedDB calls it makes';
  }
  if (location.includes('node_modules/zod/')) {
    return 'zod (draft schema)';
  }
  return location.startsWith('node_modules/') ? 'other libraries' : location.split(':')[0];
}

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/**
 * Summarises `traceBuffer`; `assetsDir` holds the served bundle and its source maps, whose
 * sources are shown relative to `root`.
 */
export async function summariseTrace(traceBuffer, assetsDir, root) {
  const parsed = JSON.parse(traceBuffer.toString('utf8'));
  const events = parsed.traceEvents ?? parsed;
  const threadNames = new Map();
  const processNames = new Map();
  for (const event of events) {
    if (event.name === 'thread_name') {
      threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
    } else if (event.name === 'process_name') {
      processNames.set(event.pid, event.args.name);
    }
  }
  const profiles = new Map();
  for (const event of events) {
    if (event.name === 'Profile') {
      const thread = threadNames.get(`${event.pid}:${event.tid}`) ?? '?';
      profiles.set(event.id, { thread, tid: event.tid, nodes: new Map(), samples: [], deltas: [] });
    }
  }
  for (const event of events) {
    const profile = event.name === 'ProfileChunk' ? profiles.get(event.id) : undefined;
    const data = event.args?.data;
    if (profile === undefined || data === undefined) {
      continue;
    }
    for (const node of data.cpuProfile?.nodes ?? []) {
      profile.nodes.set(node.id, node);
    }
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }

  const lookups = new Map();
  const locate = async (url, line, column) => {
    const file = url.split('/').pop();
    if (file === undefined || !file.endsWith('.js')) {
      return null;
    }
    if (!lookups.has(file)) {
      const map = await readFile(join(assetsDir, `${file}.map`), 'utf8').catch(() => null);
      lookups.set(file, map === null ? () => null : sourceLookup(JSON.parse(map), root));
    }
    return lookups.get(file)(line, column);
  };

  const threads = [];
  for (const profile of profiles.values()) {
    const byFunction = new Map();
    const byArea = new Map();
    let totalMs = 0;
    for (let index = 0; index < profile.samples.length; index += 1) {
      const ms = (profile.deltas[index + 1] ?? 0) / 1000;
      const { callFrame } = profile.nodes.get(profile.samples[index]);
      const found =
        callFrame.url === undefined || callFrame.url === ''
          ? null
          : await locate(callFrame.url, callFrame.lineNumber, callFrame.columnNumber);
      const location = found?.location ?? null;
      // A callback (a Promise executor, say) is named after the function it was written in.
      const name =
        callFrame.functionName !== ''
          ? callFrame.functionName
          : found?.enclosing
            ? `(anonymous in ${found.enclosing})`
            : '(anonymous)';
      totalMs += ms;
      add(byFunction, location === null ? name : `${name} (${location})`, ms);
      add(byArea, /^\(\w/.test(name) && location === null ? name : areaOf(location), ms);
    }
    threads.push({ thread: profile.thread, totalMs, byFunction, byArea });
  }

  const idb = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || !/IndexedDB|leveldb/.test(event.cat ?? '')) {
      continue;
    }
    const side = processNames.get(event.pid) === 'Browser' ? 'browser' : 'renderer';
    const key = `${side}: ${event.name}`;
    const entry = idb.get(key) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += (event.dur ?? 0) / 1000;
    idb.set(key, entry);
  }
  return { threads, idb };
}

/**
 * Prints the summary: for the import worker, the areas and top functions by self time; for the
 * other threads, their busy time only; then IndexedDB's events, if traced.
 */
export function printTraceSummary({ threads, idb }, log) {
  const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
  const share = (value, total) => `${((100 * value) / total).toFixed(1)}%`;
  for (const { thread, totalMs, byFunction, byArea } of threads) {
    if (thread !== 'DedicatedWorker thread') {
      const busy = totalMs - (byArea.get('(idle)') ?? 0);
      log(`${thread}: ${ms(totalMs)} sampled, ${ms(busy)} busy`);
      continue;
    }
    log(`${thread}: ${ms(totalMs)} sampled. Self time by area:`);
    for (const [area, value] of top(byArea, 12)) {
      log(`  ${share(value, totalMs).padStart(6)}  ${ms(value).padStart(10)}  ${area}`);
    }
    log(
      `${thread}: top functions by self time (a function's self time includes the native ` +
        'calls it makes: IDBObjectStore.put/get, with the structured clone of each value, ' +
        "count to the code that calls them; see the renderer's put/getRequestSetup below):",
    );
    for (const [name, value] of top(byFunction, 15)) {
      log(`  ${share(value, totalMs).padStart(6)}  ${ms(value).padStart(10)}  ${name}`);
    }
  }
  if (idb.size === 0) {
    return;
  }
  log('IndexedDB trace events (nested: a task contains its puts, so these do not add up):');
  const rows = [...idb].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20);
  for (const [name, { count, ms: total }] of rows) {
    log(`  ${ms(total).padStart(10)}  ${String(count).padStart(7)}×  ${name}`);
  }
}
