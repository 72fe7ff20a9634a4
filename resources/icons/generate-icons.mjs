// Regenerates Loupe's app icons with ImageMagick 6 (`convert`): `node resources/icons/generate-icons.mjs`.
// The icons are committed; this script exists so that a change to the design is a reviewed diff
// of drawing commands rather than an opaque binary. ImageMagick 6 cannot write .icns, so the
// macOS icon is assembled here from PNG chunks (the format is a header plus typed PNG blocks).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const out = (name) => join(here, name);
const work = mkdtempSync(join(tmpdir(), 'loupe-icons-'));
const convert = (...args) => execFileSync('convert', args, { stdio: 'inherit' });

// A draft page under a magnifier whose lens shows an approval tick: the review desk in one glyph.
// Drawn on the 1024 grid with the body inset 100 px, as macOS and Windows icon grids expect.
const mask = join(work, 'mask.png');
const background = join(work, 'background.png');
convert(
  '-size',
  '1024x1024',
  'xc:none',
  '-fill',
  'white',
  '-draw',
  'roundrectangle 100,100 923,923 184,184',
  mask,
);
convert(
  '-size',
  '1024x1024',
  'gradient:#4f46e5-#1e1b4b',
  mask,
  '-alpha',
  'off',
  '-compose',
  'copy_opacity',
  '-composite',
  background,
);

const textLines = [580, 560, 590, 520, 570, 480].map(
  (right, i) => `roundrectangle 290,${290 + i * 70} ${right},${318 + i * 70} 14,14`,
);
convert(
  background,
  ...['-fill', '#f8fafc', '-stroke', 'none', '-draw', 'roundrectangle 230,210 640,760 36,36'],
  ...['-fill', '#cbd5e1', ...textLines.flatMap((line) => ['-draw', line])],
  ...[
    '-stroke',
    '#f59e0b',
    '-strokewidth',
    '96',
    '-draw',
    'stroke-linecap round line 735,735 815,815',
  ],
  ...['-stroke', 'none', '-fill', '#ccfbf1c0', '-draw', 'circle 590,590 590,400'],
  ...['-stroke', '#22c55e', '-strokewidth', '44', '-fill', 'none'],
  ...['-draw', 'stroke-linecap round stroke-linejoin round polyline 500,598 565,660 690,520'],
  ...['-stroke', '#f59e0b', '-strokewidth', '52', '-draw', 'circle 590,590 590,404'],
  out('icon.png'),
);

for (const size of [512, 256, 128, 64, 32, 16]) {
  convert(out('icon.png'), '-resize', `${size}x${size}`, '-depth', '8', out(`${size}x${size}.png`));
}
convert(...[256, 128, 64, 32, 16].map((size) => out(`${size}x${size}.png`)), out('icon.ico'));

// .icns: 'icns' + total length, then per image a 4-byte type, its length (incl. 8-byte header), PNG.
const icnsTypes = [
  ['ic10', 'icon.png'],
  ['ic09', '512x512.png'],
  ['ic08', '256x256.png'],
  ['ic07', '128x128.png'],
];
const chunks = icnsTypes.map(([type, file]) => {
  const png = readFileSync(out(file));
  const header = Buffer.alloc(8);
  header.write(type, 0, 'ascii');
  header.writeUInt32BE(png.length + 8, 4);
  return Buffer.concat([header, png]);
});
const icnsHeader = Buffer.alloc(8);
icnsHeader.write('icns', 0, 'ascii');
icnsHeader.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
writeFileSync(out('icon.icns'), Buffer.concat([icnsHeader, ...chunks]));

rmSync(work, { recursive: true, force: true });
