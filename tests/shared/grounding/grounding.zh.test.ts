/** zh-TW and mixed-language tickets: amounts, day counts, dates, full-width text, phrases. */
import { describe, expect, it } from 'vitest';
import { findGroundingHints } from '../../../shared/grounding';
import { expectConsistent, linkFor, reasonTexts, source } from './support';

const ticket = source(
  'context:0',
  '您好，我在 10/22 訂購的保溫瓶（訂單編號 QH241022-0087）收到時瓶蓋有裂痕，已經在 10/25 用超商寄回。' +
    '想請問退款 NT$1,280 什麼時候會退到我的信用卡？',
);
const record = source(
  'context:1',
  '退貨入庫：11/1｜退款狀態：已送出（11/3）｜退款金額：NT$1,280｜保固 2 年',
);
const fareRule = source(
  'context:2',
  '改期規則：出發前 14 天（含）以上改期免收改票手續費，僅需補票價差額；出發前未滿 14 天改期，收取改票手續費 NT$1,500。',
);
const sources = [ticket, record, fareRule];

function hints(draft: string, from = sources) {
  const result = findGroundingHints(draft, from);
  expectConsistent(result, draft, from);
  return result;
}

describe('zh-TW facts', () => {
  it('flags NT$1,820 against NT$1,280 with the sentence and exact offsets', () => {
    const draft =
      '林小姐您好：\n\n倉庫已於 11/1 收到您寄回的保溫瓶，退款 **NT$1,820** 已於今日送出。謝謝您。';
    const result = hints(draft);
    expect(result.unsupportedSentences).toHaveLength(1);
    const [sentence] = result.unsupportedSentences;
    expect(draft.slice(sentence?.start, sentence?.end)).toBe(
      '倉庫已於 11/1 收到您寄回的保溫瓶，退款 **NT$1,820** 已於今日送出。',
    );
    const start = draft.indexOf('NT$1,820');
    expect(sentence?.reasons).toEqual([
      { kind: 'number', text: 'NT$1,820', start, end: start + 8 },
    ]);
    expect(linkFor(result, draft, sources, '11/1').matches).toEqual(['context:1:11/1']);
  });

  it('flags 出發前 30 天 against 14 天 and links the right count', () => {
    const wrong = '依票價規則，出發前 30 天以上改期才能免收手續費；手續費為 NT$1,500。';
    expect(reasonTexts(hints(wrong))).toEqual(['30 天']);
    const right = '依票價規則，出發前 14 天以上改期免收手續費。';
    const result = hints(right);
    expect(result.unsupportedSentences).toEqual([]);
    expect(linkFor(result, right, sources, '14 天').matches).toEqual([
      'context:2:14 天',
      'context:2:14 天',
    ]);
  });

  it('treats NT$, 新台幣 and 元 as the same currency, and 30 天 as 30 days', () => {
    const draft = '退款 1,280 元已送出，新台幣 1500 元的手續費不收取。';
    const result = hints(draft);
    expect(linkFor(result, draft, sources, '1,280 元').matches).toContain('context:1:NT$1,280');
    expect(linkFor(result, draft, sources, '新台幣 1500 元').matches).toEqual([
      'context:2:NT$1,500',
    ]);
    const days = 'Changes are free from 14 days before departure.';
    expect(linkFor(hints(days), days, sources, '14 days').matches).toEqual([
      'context:2:14 天',
      'context:2:14 天',
    ]);
  });

  it('matches full-width digits, full-width currency and the full-width thousands comma', () => {
    const fullWidth = [source('context:0', '退款金額：ＮＴ＄１，２８０，預計１１月３日送出。')];
    const draft = '您的退款 NT$1,280 已於 11/3 送出。';
    const result = hints(draft, fullWidth);
    expect(result.unsupportedSentences).toEqual([]);
    expect(linkFor(result, draft, fullWidth, 'NT$1,280').matches).toEqual([
      'context:0:ＮＴ＄１，２８０',
    ]);
    expect(linkFor(result, draft, fullWidth, '11/3').matches).toEqual(['context:0:１１月３日']);
  });

  it('matches dates across 年月日, slash and ISO forms, and flags a wrong day', () => {
    const iso = [source('context:0', '預計到貨日 2026-11-28，請留意簡訊通知。')];
    const draft =
      '包裹預計於 2026年11月28日 送達。若 11/28 未收到，請聯絡我們。11月29日 前會再通知。';
    const result = hints(draft, iso);
    expect(linkFor(result, draft, iso, '2026年11月28日').matches).toEqual(['context:0:2026-11-28']);
    expect(linkFor(result, draft, iso, '11/28').matches).toEqual(['context:0:11-28']);
    expect(reasonTexts(result)).toEqual(['11月29日']);
  });
});

describe('zh-TW phrases and names', () => {
  it('links shared Han character runs of six or more to their source offsets', () => {
    const draft = '提醒您，僅需補票價差額即可完成改期。';
    const result = hints(draft);
    const link = linkFor(result, draft, sources, '僅需補票價差額');
    expect(link).toEqual({
      kind: 'phrase',
      text: '僅需補票價差額',
      matches: ['context:2:僅需補票價差額'],
    });
  });

  it('does not link Han runs shorter than six characters', () => {
    const result = hints('請問退款何時到？');
    expect(result.links.filter((l) => l.kind === 'phrase')).toEqual([]);
  });

  it('links quoted terms and Latin names inside Chinese, and flags ones no source holds', () => {
    const withTerms = [
      source('prompt', '回覆時請引用「退貨須知」，付款方式僅限 LINE Pay 與信用卡。'),
    ];
    const draft = '請參考「退貨須知」與「會員條款」。您可以改用 LINE Pay 或 Apple Pay 付款。';
    const result = hints(draft, withTerms);
    expect(linkFor(result, draft, withTerms, '退貨須知').matches).toEqual(['prompt:退貨須知']);
    expect(linkFor(result, draft, withTerms, 'LINE Pay').kind).toBe('name');
    expect(reasonTexts(result)).toEqual(['會員條款', 'Apple Pay']);
  });

  it('handles a mixed-language sentence', () => {
    const draft =
      'Your refund NT$1,280 已於 11/3 送出 to the card for order QH241022-0087, within 14 天.';
    const result = hints(draft);
    expect(result.unsupportedSentences).toEqual([]);
    expect(linkFor(result, draft, sources, 'QH241022-0087').matches).toEqual([
      'context:0:QH241022-0087',
    ]);
    expect(linkFor(result, draft, sources, '11/3').matches).toEqual(['context:1:11/3']);
  });
});
