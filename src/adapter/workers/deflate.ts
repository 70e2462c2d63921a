import type { ChunkedDeflate } from '../../render/png.ts';

/**
 * zlib-format deflate through the platform's CompressionStream (native zlib in workerd, at its default level),
 * fed the PNG's scanlines piece by piece so that no second full copy of the pixels is ever held.
 */
export const compressionStreamDeflate: ChunkedDeflate = async (chunks) => {
  const stream = new CompressionStream('deflate');
  const compressed = new Response(stream.readable).arrayBuffer(); // read while writing, or the stream stalls
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) {
    await writer.ready;
    void writer.write(chunk as Uint8Array<ArrayBuffer>).catch(() => {}); // a failure surfaces through close()
  }
  await writer.close();
  return new Uint8Array(await compressed);
};
