/**
 * The event-stream reader the poke stream uses (shared/sync/server-sent-events.ts): whatever
 * way the network cuts the text into chunks, the same events come out — also when a chunk ends
 * between the CR and the LF of a CRLF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEventStreamParser,
  type ServerSentEvent,
} from '../../../shared/sync/server-sent-events';

/** Feeds `chunks` one after another and collects every event. */
function feed(chunks: readonly string[]): ServerSentEvent[] {
  const parse = createEventStreamParser();
  return chunks.flatMap((chunk) => parse(chunk));
}

/** `text` cut at `cuts` (positions, any order, repeats allowed). */
function cutAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const point of points) {
    parts.push(text.slice(from, point));
    from = point;
  }
  parts.push(text.slice(from));
  return parts;
}

const HUB_STREAM =
  'retry: 3000\n\n' +
  'event: poke\ndata: {"high":1,"hubId":"h","epoch":1}\n\n' +
  ': keep-alive\n\n' +
  'event: poke\ndata: {"high":2,"hubId":"h","epoch":1}\n\n';

const POKES = [
  { event: 'poke', data: '{"high":1,"hubId":"h","epoch":1}' },
  { event: 'poke', data: '{"high":2,"hubId":"h","epoch":1}' },
];

describe('createEventStreamParser', () => {
  it("reads the hub's stream: retry line, pokes, keep-alive comments", () => {
    expect(feed([HUB_STREAM])).toEqual(POKES);
  });

  it('gives the same events for a chunk split at every single position', () => {
    for (let cut = 0; cut <= HUB_STREAM.length; cut += 1) {
      expect(feed([HUB_STREAM.slice(0, cut), HUB_STREAM.slice(cut)]), `cut at ${cut}`).toEqual(
        POKES,
      );
    }
  });

  it('gives the same events however the text is cut, with LF, CRLF or CR line ends', () => {
    const endings = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(endings, fc.array(fc.nat(), { maxLength: 12 }), (end, cuts) => {
        const text = HUB_STREAM.replaceAll('\n', end);
        expect(feed(cutAt(text, cuts))).toEqual(POKES);
      }),
    );
  });

  it('reads a CRLF split between two chunks as one line end', () => {
    const parse = createEventStreamParser();
    expect(parse('data: a\r')).toEqual([]);
    expect(parse('\n\r')).toEqual([{ event: 'message', data: 'a' }]);
    expect(parse('\n')).toEqual([]);
    expect(parse('data: b\r\n\r\n')).toEqual([{ event: 'message', data: 'b' }]);
  });

  it('does not hold back an event whose blank line is a CR ending the chunk', () => {
    const parse = createEventStreamParser();
    expect(parse('data: a\r\r')).toEqual([{ event: 'message', data: 'a' }]);
    expect(parse('\ndata: b\n\n')).toEqual([{ event: 'message', data: 'b' }]);
  });

  it('ends a line on a lone CR followed by more text', () => {
    expect(feed(['data: a\r', 'data: b\r\r'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('joins multi-line data with LF and keeps later spaces', () => {
    expect(feed(['event: note\ndata: one\ndata:two\ndata:  three\ndata\n\n'])).toEqual([
      { event: 'note', data: 'one\ntwo\n three\n' },
    ]);
  });

  it('ignores comments, unknown fields, and events without data', () => {
    expect(
      feed([
        ': hello\nid: 7\nretry: 10\nfoo: bar\n\n',
        'event: poke\n\n',
        'event: poke\n: inside\ndata: x\n\n',
      ]),
    ).toEqual([{ event: 'poke', data: 'x' }]);
  });

  it('names an event without an event field "message", and resets the name after each event', () => {
    expect(feed(['event: poke\ndata: 1\n\ndata: 2\n\n'])).toEqual([
      { event: 'poke', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('holds back an event until its blank line arrives', () => {
    const parse = createEventStreamParser();
    expect(parse('event: poke\ndata: {"high":1}\n')).toEqual([]);
    expect(parse('\n')).toEqual([{ event: 'poke', data: '{"high":1}' }]);
  });

  it('keeps non-ASCII text as it came', () => {
    expect(feed(['data: 審閱 🔍\n\n'])).toEqual([{ event: 'message', data: '審閱 🔍' }]);
  });
});
