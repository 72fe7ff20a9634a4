/**
 * The text encodings the importer accepts (DESIGN.md: UTF-8 with or without BOM, UTF-16 with a
 * BOM, Big5 where detected; Windows-1252, a superset of Latin-1, for old spreadsheet exports),
 * named as TextDecoder names them.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'windows-1252';
