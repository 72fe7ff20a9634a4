/**
 * A small reader for server-sent events (the HTML standard's "event stream" format), enough for
 * the hub's poke stream: `event:` and `data:` lines, events ended by a blank line, comments
 * ignored. `EventSource` cannot send an Authorization header, so the app reads the stream with
 * `fetch` and parses it with this.
 */

export interface ServerSentEvent {
  event: string;
  data: string;
}

/** Feed it text as it arrives; it returns the events that text completed. */
export function createEventStreamParser(): (text: string) => ServerSentEvent[] {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  // The last chunk ended on CR: a LF opening the next one is the rest of that CRLF, not a blank
  // line. (Waiting for the next chunk instead would hold back an event whose stream ends lines
  // with CR alone until more text came.)
  let endedOnCr = false;
  return (text) => {
    buffer += text;
    if (endedOnCr && buffer.startsWith('\n')) {
      buffer = buffer.slice(1);
    }
    endedOnCr = false;
    const done: ServerSentEvent[] = [];
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      const width = buffer.startsWith('\r\n', newline) ? 2 : 1;
      endedOnCr = width === 1 && buffer[newline] === '\r' && newline === buffer.length - 1;
      buffer = buffer.slice(newline + width);
      if (line === '') {
        if (data.length > 0) {
          done.push({ event: event === '' ? 'message' : event, data: data.join('\n') });
        }
        event = '';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) {
          value = value.slice(1);
        }
        if (field === 'event') {
          event = value;
        } else if (field === 'data') {
          data.push(value);
        }
      }
      newline = buffer.search(/\r\n|\r|\n/);
    }
    return done;
  };
}
