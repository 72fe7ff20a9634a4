/** Shows the export dialog while the export store says it is open (menu, key or queue button). */
import { useExportStore } from '../../stores/export/export-store';
import { ExportDialog } from './export-dialog';

export function ExportHost() {
  const open = useExportStore((state) => state.dialogOpen);
  return open ? <ExportDialog /> : null;
}
