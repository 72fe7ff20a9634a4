/**
 * Fleiss' κ (Fleiss 1971) for many raters, each item rated by the same number of raters (not
 * necessarily the same people).
 *
 * With N items, n ratings per item and nᵢⱼ the number of raters who put item i in category j:
 *   pⱼ  = Σᵢ nᵢⱼ / (N·n)                       the share of all ratings in category j,
 *   Pᵢ  = (Σⱼ nᵢⱼ² − n) / (n·(n − 1))           the share of agreeing rater pairs on item i,
 *   P̄   = mean of Pᵢ,   P̄ₑ = Σⱼ pⱼ²,
 *   κ   = (P̄ − P̄ₑ) / (1 − P̄ₑ).
 * With two raters per item this is Scott's π.
 */

/**
 * Fleiss' κ for an items × categories table of counts: `table[i][j]` is how many raters put
 * item i in category j, so every row adds up to the number of raters per item.
 *
 * NaN when there are no items, fewer than two ratings per item (no pair of raters to agree), or
 * every rating falls in one category (P̄ₑ = 1, κ is 0/0).
 *
 * @throws RangeError when rows differ in length or in total (the message names the first
 *   offending row, 0-based), or a count is negative or not an integer.
 */
export function fleissKappa(table: readonly (readonly number[])[]): number {
  const first = table[0];
  if (first === undefined) {
    return Number.NaN;
  }
  const categories = first.length;
  const raters = sumOf(first);
  table.forEach((row, index) => {
    if (row.length !== categories) {
      throw new RangeError(
        `fleissKappa: row ${index} has ${row.length} categories, row 0 has ${categories}`,
      );
    }
    for (const count of row) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(
          `fleissKappa: row ${index} holds ${count}, counts must be whole numbers ≥ 0`,
        );
      }
    }
    const total = sumOf(row);
    if (total !== raters) {
      throw new RangeError(
        `fleissKappa: row ${index} adds up to ${total} ratings, row 0 to ${raters}; every item needs the same number of ratings`,
      );
    }
  });
  if (raters < 2) {
    return Number.NaN;
  }

  const items = table.length;
  const categoryTotals = new Float64Array(categories);
  let agreementSum = 0;
  for (const row of table) {
    let squares = 0;
    row.forEach((count, j) => {
      squares += count * count;
      categoryTotals[j] = (categoryTotals[j] as number) + count;
    });
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }
  const observed = agreementSum / items;
  let chance = 0;
  for (const total of categoryTotals) {
    const share = total / (items * raters);
    chance += share * share;
  }
  if (chance === 1) {
    return Number.NaN;
  }
  return (observed - chance) / (1 - chance);
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return total;
}
