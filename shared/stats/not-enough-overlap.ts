/**
 * Below this many shared items an agreement number says more about chance than about the
 * reviewers (EXPORTS.md §4): the view shows "not enough overlap" instead.
 */
export const MIN_SHARED_ITEMS = 10;

/** An agreement statistic: a number, or the reason there is none. */
export type AgreementValue =
  | { notEnoughOverlap: false; value: number; items: number }
  | { notEnoughOverlap: true; items: number };

/** `compute()` when `items` reaches {@link MIN_SHARED_ITEMS}, else "not enough overlap". */
export function agreementValue(items: number, compute: () => number): AgreementValue {
  return items < MIN_SHARED_ITEMS
    ? { notEnoughOverlap: true, items }
    : { notEnoughOverlap: false, value: compute(), items };
}
