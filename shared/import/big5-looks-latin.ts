/**
 * Whether bytes that are valid Big5 are more likely Latin-1 / Windows-1252 text (issue 12, point
 * 16). Big5 pairs a lead byte 81–FE with a trail byte 40–7E or A1–FE, and 40–7E holds every ASCII
 * letter: "Pérez" or "Müller" in Windows-1252 (E9 72, FC 6C) are valid Big5, and read as a Chinese
 * character in the middle of a Latin word. Chinese text seldom puts one character between two
 * ASCII letters; a Latin file misread as Big5 does so with nearly every character.
 */

const isAsciiLetter = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Share of the non-ASCII characters that may sit between two ASCII letters in real Big5 text. */
const LATIN_SHARE = 0.25;

/** `bytes` must be valid Big5 (the caller checked). */
export function big5LooksLatin(bytes: Uint8Array): boolean {
  const text = new TextDecoder('big5', { ignoreBOM: true }).decode(bytes, { stream: true });
  let wide = 0;
  let insideWords = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      continue;
    }
    wide += 1;
    if (isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) {
      insideWords += 1;
    }
  }
  return wide > 0 && insideWords >= wide * LATIN_SHARE;
}
