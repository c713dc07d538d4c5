// The open document as a .docx file, read through Office's common API (Office.context.document.getFileAsync with the
// compressed file type), slice by slice: what Docket reads when Word cannot give the body's OOXML.
export function documentFile(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(opened.error.message));
      const file = opened.value;
      const slices: Uint8Array[] = [];
      const next = (index: number): void => {
        if (index === file.sliceCount) {
          file.closeAsync();
          const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
          let at = 0;
          for (const slice of slices) {
            bytes.set(slice, at);
            at += slice.length;
          }
          return resolve(bytes);
        }
        file.getSliceAsync(index, (read) => {
          if (read.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            return reject(new Error(read.error.message));
          }
          slices.push(new Uint8Array(read.value.data as number[]));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}
