import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { DataTable } from '../core/country/data-table.ts';
import { DomainError } from '../core/errors.ts';

const maxBytes = 50 * 1024 * 1024;

/**
 * Reads a CSV or XLSX file (the first sheet) from a path or an http(s) URL as a table of strings.
 * XLSX is recognised by its zip signature, whatever the name. Throws `invalid_input` on a file that
 * cannot be read as either, `not_found` on a missing path and `source_unreachable` on a failed download.
 */
export async function readDataTable(location: string, fetchImpl: typeof fetch = fetch): Promise<DataTable> {
  const bytes = /^https?:\/\//i.test(location)
    ? await download(location, fetchImpl)
    : await readLocal(location);
  const source = basename(location.split('?')[0] ?? location) || location;
  return isZip(bytes) ? readXlsx(source, bytes) : readCsv(source, bytes);
}

async function readLocal(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DomainError('not_found', `No file at ${path}.`);
    throw new DomainError('invalid_input', `Could not read ${path}: ${(error as Error).message}`);
  }
}

async function download(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new DomainError('source_unreachable', `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DomainError('source_unreachable', `${url} answered ${response.status}.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes)
    throw new DomainError('invalid_input', `${url} is larger than ${maxBytes} bytes.`);
  return bytes;
}

const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function readCsv(source: string, bytes: Uint8Array): DataTable {
  let records: string[][];
  try {
    records = parse(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new DomainError(
      'invalid_input',
      `${source} is not a readable CSV file: ${(error as Error).message}`,
    );
  }
  const [columns = [], ...rows] = records;
  return { source, columns, rows };
}

async function readXlsx(source: string, bytes: Uint8Array): Promise<DataTable> {
  // Loaded on first use: the workbook library costs half a second at start and only XLSX files need it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new DomainError(
      'invalid_input',
      `${source} is not a readable XLSX workbook: ${(error as Error).message}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('invalid_input', `${source} has no worksheet.`);
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1)
      cells.push(cellText(row.getCell(column).value));
    records.push(cells);
  });
  const [columns = [], ...rows] = records;
  return { source, columns, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value).trim();
}
