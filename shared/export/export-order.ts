/**
 * The one order every export writes its records in (EXPORTS.md §2): by project id, then draft
 * id. Compared by UTF-16 code units, never `localeCompare`, so the bytes of an export do not
 * depend on the machine's locale or ICU version.
 */

/** What the order looks at: a record's `project` and `id`. */
export interface ExportOrderKey {
  project: string;
  id: string;
}

/** Code-unit order of two strings: -1, 0 or 1. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Comparator for `Array.prototype.sort`: project id first, then draft id. */
export function compareExportOrder(a: ExportOrderKey, b: ExportOrderKey): number {
  return compareCodeUnits(a.project, b.project) || compareCodeUnits(a.id, b.id);
}
