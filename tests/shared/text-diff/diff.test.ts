import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/text-diff';
import { editedSide, originalSide } from './support/oracles';

describe('diffTexts', () => {
  it('reports a replaced number as one word, not digit by digit', () => {
    expect(diffTexts('Revenue rose to 1,280 units.', 'Revenue rose to 1,820 units.')).toEqual([
      { kind: 'equal', text: 'Revenue rose to ' },
      { kind: 'delete', text: '1,280' },
      { kind: 'insert', text: '1,820' },
      { kind: 'equal', text: ' units.' },
    ]);
  });

  it('folds a lone space between two changes into one readable change', () => {
    expect(diffTexts('the cat sat on the mat', 'a dog sat on a rug')).toEqual([
      { kind: 'delete', text: 'the cat' },
      { kind: 'insert', text: 'a dog' },
      { kind: 'equal', text: ' sat on ' },
      { kind: 'delete', text: 'the mat' },
      { kind: 'insert', text: 'a rug' },
    ]);
  });

  it('shows insertions and deletions of whole words', () => {
    expect(diffTexts('Refunds take days.', 'Refunds usually take 5 days.')).toEqual([
      { kind: 'equal', text: 'Refunds ' },
      { kind: 'insert', text: 'usually ' },
      { kind: 'equal', text: 'take ' },
      { kind: 'insert', text: '5 ' },
      { kind: 'equal', text: 'days.' },
    ]);
    expect(diffTexts('Please, kindly reply.', 'Please reply.')).toEqual([
      { kind: 'equal', text: 'Please' },
      { kind: 'delete', text: ', kindly' },
      { kind: 'equal', text: ' reply.' },
    ]);
  });

  it('diffs zh-TW by character', () => {
    expect(diffTexts('「退款將於 14 天內」', '「退款將於 30 天內」')).toEqual([
      { kind: 'equal', text: '「退款將於 ' },
      { kind: 'delete', text: '14' },
      { kind: 'insert', text: '30' },
      { kind: 'equal', text: ' 天內」' },
    ]);
    expect(diffTexts('退款將於七天內完成。', '退款將於三十天內完成。')).toEqual([
      { kind: 'equal', text: '退款將於' },
      { kind: 'delete', text: '七' },
      { kind: 'insert', text: '三十' },
      { kind: 'equal', text: '天內完成。' },
    ]);
  });

  it('diffs mixed Chinese and English: Chinese by character, English by word', () => {
    expect(diffTexts('請在 Settings 頁面修改', '請在 Preferences 頁面更改')).toEqual([
      { kind: 'equal', text: '請在 ' },
      { kind: 'delete', text: 'Settings' },
      { kind: 'insert', text: 'Preferences' },
      { kind: 'equal', text: ' 頁面' },
      { kind: 'delete', text: '修' },
      { kind: 'insert', text: '更' },
      { kind: 'equal', text: '改' },
    ]);
  });

  it('never splits emoji ZWJ sequences or combining marks', () => {
    expect(diffTexts('Team 👨‍👩‍👧 ready', 'Team 👨‍👩‍👦 ready')).toEqual([
      { kind: 'equal', text: 'Team ' },
      { kind: 'delete', text: '👨‍👩‍👧' },
      { kind: 'insert', text: '👨‍👩‍👦' },
      { kind: 'equal', text: ' ready' },
    ]);
    expect(diffTexts('cafe\u0301 ok', 'cafe ok')).toEqual([
      { kind: 'delete', text: 'cafe\u0301' },
      { kind: 'insert', text: 'cafe' },
      { kind: 'equal', text: ' ok' },
    ]);
  });

  it('keeps CRLF line breaks intact and visible', () => {
    const ops = diffTexts('first\r\nsecond\r\n', 'first\r\nthird\r\n');
    expect(ops).toEqual([
      { kind: 'equal', text: 'first\r\n' },
      { kind: 'delete', text: 'second' },
      { kind: 'insert', text: 'third' },
      { kind: 'equal', text: '\r\n' },
    ]);
    expect(diffTexts('a\r\nb', 'a\nb')).toEqual([
      { kind: 'equal', text: 'a' },
      { kind: 'delete', text: '\r\n' },
      { kind: 'insert', text: '\n' },
      { kind: 'equal', text: 'b' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffTexts('', '')).toEqual([]);
    expect(diffTexts('', 'new')).toEqual([{ kind: 'insert', text: 'new' }]);
    expect(diffTexts('old', '')).toEqual([{ kind: 'delete', text: 'old' }]);
    expect(diffTexts('same 相同 👍', 'same 相同 👍')).toEqual([
      { kind: 'equal', text: 'same 相同 👍' },
    ]);
  });

  it('keeps a paragraph break between two rewritten paragraphs', () => {
    const ops = diffTexts('Old intro.\n\nOld body.', 'New intro.\n\nNew body.');
    expect(ops).toContainEqual({ kind: 'equal', text: ' intro.\n\n' });
    expect(originalSide(ops)).toBe('Old intro.\n\nOld body.');
    expect(editedSide(ops)).toBe('New intro.\n\nNew body.');
  });
});
