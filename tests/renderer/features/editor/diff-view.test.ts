import { describe, expect, it } from 'vitest';
import {
  CHANGE_SHOWN,
  CONTEXT_CHARS,
  foldDiff,
} from '../../../../renderer/features/editor/diff-view';

// Issue 12, point 4: the diff of an edited 1 MB draft drew the whole draft under the editor.
describe('foldDiff', () => {
  it('folds the unchanged megabyte around one change to a little context', () => {
    const before = 'a'.repeat(500_000);
    const after = 'b'.repeat(500_000);
    const shown = foldDiff([
      { kind: 'equal', text: before },
      { kind: 'insert', text: 'NEW' },
      { kind: 'equal', text: after },
    ]);

    expect(shown).toEqual([
      { kind: 'fold', of: 'equal', hidden: 500_000 - CONTEXT_CHARS },
      { kind: 'equal', text: 'a'.repeat(CONTEXT_CHARS) },
      { kind: 'insert', text: 'NEW' },
      { kind: 'equal', text: 'b'.repeat(CONTEXT_CHARS) },
      { kind: 'fold', of: 'equal', hidden: 500_000 - CONTEXT_CHARS },
    ]);
  });

  it('cuts a long deletion short and says how much more was deleted', () => {
    const shown = foldDiff([{ kind: 'delete', text: 'x'.repeat(CHANGE_SHOWN + 5) }]);

    expect(shown).toEqual([
      { kind: 'delete', text: 'x'.repeat(CHANGE_SHOWN) },
      { kind: 'fold', of: 'delete', hidden: 5 },
    ]);
  });

  it('leaves a short diff as it is', () => {
    const ops = [
      { kind: 'equal', text: 'Price: ' },
      { kind: 'delete', text: '100' },
      { kind: 'insert', text: '120' },
      { kind: 'equal', text: ' dollars' },
    ] as const;

    expect(foldDiff(ops)).toEqual(ops);
  });
});
