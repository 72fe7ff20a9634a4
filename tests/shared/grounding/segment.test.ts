/** Sentence segmentation: English, Chinese, markdown lines. */
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../shared/grounding';

const pieces = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits English sentences but not decimals, abbreviations or initials', () => {
    expect(pieces('The fee is 3.5% (e.g. for U.S. cards). Dr. Lee agreed! Done? Yes.')).toEqual([
      'The fee is 3.5% (e.g. for U.S. cards).',
      'Dr. Lee agreed!',
      'Done?',
      'Yes.',
    ]);
  });

  it('splits Chinese at 。！？； and keeps closing brackets with their sentence', () => {
    expect(pieces('您好。退款已送出！請問還有問題嗎？出發前 14 天；謝謝「您」。')).toEqual([
      '您好。',
      '退款已送出！',
      '請問還有問題嗎？',
      '出發前 14 天；',
      '謝謝「您」。',
    ]);
  });

  it('treats markdown lines and list items as units, without their markers', () => {
    expect(pieces('# Refund\n\n- **Amount:** NT$1,280\n2. Sent on 11/3\n> quoted line')).toEqual([
      'Refund',
      '**Amount:** NT$1,280',
      'Sent on 11/3',
      'quoted line',
    ]);
  });

  it('returns nothing for empty or markup-only text', () => {
    expect(pieces('')).toEqual([]);
    expect(pieces('---\n\n***\n')).toEqual([]);
  });
});
