/**
 * The import benchmark's input: a JSON Lines file of synthetic drafts of about 1 KB each (UTF-8),
 * mixed Traditional Chinese and English, written to a temporary folder. Deterministic (a seeded
 * generator), so every run imports the same bytes. Field names are ones the mapping screen
 * suggests by itself: id → id, question → prompt, response → draft, knowledge → context,
 * model → model.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Bytes of UTF-8 each record aims at, line break included. */
export const RECORD_BYTES = 1024;

const QUESTIONS = [
  '請問訂單 %N 的退款什麼時候會退回原本的信用卡？',
  'Can the refund for order %N go back to the original card?',
  '我的包裹 %N 顯示已送達，但我沒有收到，該怎麼辦？',
  'How do I change the delivery address of order %N before it ships?',
  '會員點數 %N 點可以折抵運費嗎？',
  'Why was my card charged twice for order %N?',
];

const RESPONSES = [
  '親愛的客戶您好，感謝您的來信。',
  'We have checked order **%N** and the refund will go back to the original card.',
  '依照退款政策，款項將於五個工作天內退回原付款方式。',
  'If the parcel does not arrive within two days, reply to this e-mail and we will open a claim.',
  '- 訂單編號：%N\n- 退款金額：NT$1,280\n- 預計日期：2026-12-03',
  'Points can be used for shipping fees on orders above NT$500.',
  '> 若有任何問題，請直接回覆此郵件，我們會盡快處理。',
  'The second charge is a pre-authorisation and will disappear within seven days.',
  '造成您的不便，我們深感抱歉。',
  'Best regards,\nLoupe Customer Care 客服中心',
];

const KNOWLEDGE = [
  '退款政策：退款一律退回原付款方式，信用卡約需五至七個工作天。',
  'Refund policy: refunds always go back to the original payment method.',
  '物流說明：包裹顯示已送達後四十八小時內可申請協尋。',
  'Shipping: the address can be changed until the order is handed to the carrier.',
  '會員條款：點數可折抵運費，每筆訂單最多折抵 NT$100。',
  'Payments: a pre-authorisation may show as a second charge and is released automatically.',
];

const MODELS = ['gpt-4.1-mini', 'claude-sonnet-4', 'gemini-2.5-flash', 'taide-lx-7b'];

/** mulberry32: a small seeded generator, enough for varied but reproducible text. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8Length = (text) => Buffer.byteLength(text, 'utf8');

/** Sentences picked from `pool` until `bytes` of UTF-8 are reached (or just passed). */
function textOf(pool, bytes, random, order, separator) {
  let text = '';
  while (utf8Length(text) < bytes) {
    const sentence = pool[Math.floor(random() * pool.length)].replaceAll('%N', order);
    text = text === '' ? sentence : `${text}${separator}${sentence}`;
  }
  return text;
}

/** The `n`th record (0-based) as one JSON line, padded to about RECORD_BYTES. */
export function recordLine(n, random) {
  const order = `A-${String(100_000 + n)}`;
  const record = {
    id: `imp-${String(n).padStart(6, '0')}`,
    question: textOf(QUESTIONS, 90, random, order, ' '),
    response: textOf(RESPONSES, 430, random, order, '\n\n'),
    knowledge: textOf(KNOWLEDGE, 260, random, order, ' '),
    model: MODELS[n % MODELS.length],
  };
  // Pad the draft with a short English tail so every line lands near RECORD_BYTES.
  const missing = RECORD_BYTES - 1 - utf8Length(JSON.stringify(record));
  if (missing > 0) {
    record.response += ` Ref ${order}.`.padEnd(missing, '.').slice(0, missing);
  }
  return JSON.stringify(record);
}

/** Writes `count` records to `path`; resolves to the file's size in bytes. */
export async function writeImportFile(path, count, seed = 20261128) {
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  const LINES_PER_WRITE = 1000;
  for (let start = 0; start < count; start += LINES_PER_WRITE) {
    const lines = [];
    for (let n = start; n < Math.min(count, start + LINES_PER_WRITE); n += 1) {
      lines.push(`${recordLine(n, random)}\n`);
    }
    const chunk = lines.join('');
    bytes += utf8Length(chunk);
    if (!out.write(chunk)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
