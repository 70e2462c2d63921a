/** Image type from magic bytes: the Content-Type header of a remote response is never trusted. */
export type RemoteImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

/** Bytes needed to tell every supported type apart (WebP: `RIFF` + size + `WEBP`). */
export const SNIFF_BYTES = 12;

const ascii = (b: Uint8Array, at: number, text: string) => {
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

export function sniffImage(b: Uint8Array): RemoteImageMime | null {
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'))) return 'image/gif';
  if (b.length >= 12 && ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp';
  return null;
}

/** Whether a refused body looks like SVG (or XML), to say so in the error message. */
export function looksLikeSvg(head: Uint8Array, contentType: string | undefined): boolean {
  if (contentType && /svg/i.test(contentType)) return true;
  const text = Buffer.from(head.subarray(0, 1024)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  return /^<\?xml/i.test(text) || /<svg[\s>/]/i.test(text) || /^<svg/i.test(text);
}
