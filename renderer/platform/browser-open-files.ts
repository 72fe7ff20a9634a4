/** File picking in a plain browser: a hidden `<input type=file>`, nothing uploaded anywhere. */
import type { OpenFilesOptions, PickedFile } from './bridge';

/** A File (from the dialog or a drop) as the bridge hands files out; readable any number of times. */
export function pickedFromFile(file: File): PickedFile {
  return { name: file.name, size: file.size, stream: () => file.stream() };
}

/** Shows the browser's file picker; resolves `[]` when the user cancels. */
export function openFilesWithInput(doc: Document, options: OpenFilesOptions = {}) {
  return new Promise<PickedFile[]>((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.multiple = options.multiple ?? false;
    if (options.extensions && options.extensions.length > 0) {
      input.accept = options.extensions.map((extension) => `.${extension}`).join(',');
    }
    const finish = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [], pickedFromFile)), {
      once: true,
    });
    // Chromium fires `cancel` on file inputs when the dialog is dismissed.
    input.addEventListener('cancel', () => finish([]), { once: true });
    doc.body.append(input);
    input.click();
  });
}
