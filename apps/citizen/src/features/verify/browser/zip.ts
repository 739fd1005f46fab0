/**
 * Reads the files of a zip archive in the browser, with the browser's own inflater
 * (DecompressionStream "deflate-raw"): no library for the few archives the bulk check opens.
 * Only what zip writers produce for plain files: stored or deflated entries, no encryption,
 * no zip64 (a class of documents is far below 4 GB).
 */

export interface ZipEntry {
  name: string;
  read(): Promise<Uint8Array>;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipFormatError extends Error {}

async function inflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The archive's files (folders left out), in the order of its central directory. */
export function readZip(archive: Uint8Array<ArrayBuffer>): ZipEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = archive.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new ZipFormatError("not a zip archive");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > archive.byteLength || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) {
      throw new ZipFormatError("damaged zip directory");
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = names.decode(archive.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    entries.push({
      name,
      read: async () => {
        if (view.getUint32(localOffset, true) !== LOCAL_FILE_HEADER) {
          throw new ZipFormatError(`damaged entry ${name}`);
        }
        const start =
          localOffset +
          30 +
          view.getUint16(localOffset + 26, true) +
          view.getUint16(localOffset + 28, true);
        const data = archive.slice(start, start + compressedSize);
        if (method === STORED) return data;
        if (method === DEFLATED) return inflateRaw(data);
        throw new ZipFormatError(`unsupported compression in ${name}`);
      },
    });
  }
  return entries;
}
