/**
 * Stored search texts are folded once, when their draft is written (search-segment-row.ts).
 * If folding changes what it gives, texts stored by the older fold no longer match what a search
 * folds its query to: this pins the fold of a sample to SEARCH_FOLD_VERSION, so changing the
 * fold fails here until the version is bumped (the index then reads the drafts again).
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_FOLD_VERSION } from '../../../renderer/db/search-segment-row';
import { foldSearchText } from '../../../shared/search/fold-search-text';

const SAMPLE =
  'Ｒefund\tof  NT$1,280 ／ １，２８０ — 確認訂單\u200b編號 A-4243 退款金額 é ﬁ 500，200';

describe('the stored search texts’ fold version', () => {
  it('is bumped whenever folding gives something else', () => {
    expect({ version: SEARCH_FOLD_VERSION, folded: foldSearchText(SAMPLE) }).toEqual({
      version: 1,
      folded: 'refund of nt$1280 / 1280 — 确认订单编号 a-4243 退款金额 é fi 500,200',
    });
  });
});
