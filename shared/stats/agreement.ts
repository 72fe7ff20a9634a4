/**
 * Agreement between raters: Cohen's κ (two raters, optionally weighted), Fleiss' κ (many
 * raters, counts per category), Krippendorff's α (many raters, missing values, four levels of
 * measurement) and raw agreement. All are pure and return a number, NaN where the statistic is
 * undefined (no items, or no variation to correct for chance against); bad input throws.
 *
 * Deciding when a number is worth showing ("not enough overlap" below 10 shared items,
 * EXPORTS.md §4) is the caller's job: these functions compute on whatever they are given.
 */

export { cohenKappa, type KappaWeights } from './agreement/cohen-kappa';
export { fleissKappa } from './agreement/fleiss-kappa';
export { krippendorffAlpha } from './agreement/krippendorff-alpha';
export { type MeasurementLevel } from './agreement/difference';
export { rawAgreement } from './agreement/raw-agreement';
export { type AgreementLabel } from './agreement/labels';
