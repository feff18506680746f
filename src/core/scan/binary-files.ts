import { extension } from './tree-path.ts';

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/** Compiled code, executables and archives: what "committed binaries" counts. */
export const builtArtifactExtensions = words(`
  exe dll so dylib a lib o obj ko class jar war ear aar apk aab ipa xap pyc pyo pyd whl egg msi msix appx deb rpm
  dmg pkg nupkg snupkg wasm node beam elc bin elf out com sys
  zip tar gz tgz bz2 tbz2 xz txz 7z rar zst lz4 lzma cab crx xpi vsix iso img
`);

/** Extensions of files that are never text: media, fonts, documents, data stores, plus the built artefacts above. */
const binaryExtensions = words(`
  png jpg jpeg gif bmp ico icns webp tif tiff psd avif heic heif jxl raw cr2 nef xcf sketch fig ai indd blend
  ttf otf woff woff2 eot pfb
  mp3 mp4 m4a m4v wav ogg oga ogv flac aac opus wma wmv avi mov mkv webm flv mpg mpeg 3gp mid midi
  pdf doc docx xls xlsx xlsm ppt pptx odt ods odp odg pages numbers key epub mobi
  sqlite sqlite3 db mdb accdb dbf parquet avro orc feather arrow npy npz pkl pickle h5 hdf5 nc onnx pt pth ckpt
  safetensors tflite pb caffemodel mo gmo dat swf fla keystore jks p12 pfx der cer crt gpg pgp
  ${[...builtArtifactExtensions].join(' ')}
`);

/** True when the extension says the file is binary, so the scanner does not read it as text. */
export function hasBinaryExtension(path: string): boolean {
  return binaryExtensions.has(extension(path));
}

/** True when the extension is that of a compiled program, a library, a package or an archive. */
export function isBuiltArtifactName(path: string): boolean {
  return builtArtifactExtensions.has(extension(path));
}

/** True when the first bytes contain a NUL byte (the test `git` and `grep` use), i.e. the content is not text. */
export function looksBinary(bytes: Uint8Array, probe = 8000): boolean {
  const end = Math.min(bytes.length, probe);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The kind of executable the first bytes announce: ELF, Windows PE, Mach-O, or undefined. */
export function executableFormat(bytes: Uint8Array): 'ELF' | 'PE' | 'Mach-O' | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  if (a === 0x7f && b === 0x45 && c === 0x4c && d === 0x46) return 'ELF';
  if (a === 0x4d && b === 0x5a) return 'PE';
  const magic = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return 'Mach-O';
  return undefined;
}
