import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { longRowProblem } from './csv-problems.ts';
import { csvRows, type RowSink } from './csv-rows.ts';

/** A row still unfinished after this many characters is taken for a quote left open, not read to the end of the file. */
export const maxRowLength = 1_000_000;

/**
 * Streams a CSV file through papaparse into a sink: the header line, then every row with the line
 * it starts on. Returns the diagnostic when the file is not valid CSV, at the line and column to
 * fix; reading stops there. Only a chunk of the file and the row it cuts are held at a time.
 *
 * @example
 * const problem = await readCsv('/ws/data/nps.csv', 'data/nps.csv', collectObservations(metric, 'data/nps.csv'));
 */
export function readCsv(absolute: string, file: string, sink: RowSink, chunkSize = 64 * 1024): Promise<Diagnostic | undefined> {
  return new Promise((resolve, reject) => {
    // Chunks of 64 KiB read a log faster than larger ones, measured on a million rows.
    const stream = createReadStream(absolute, { encoding: 'utf8', highWaterMark: chunkSize });
    let rows: ReturnType<typeof csvRows> | undefined;
    // The text papaparse is parsing: what the rows read so far left over, and the new chunk. This
    // listener comes before papaparse's, so it sees each chunk first.
    let text = '';
    let base = 0; // Where `text` starts in the file, as papaparse counts (without a byte order mark).
    stream.on('data', (chunk) => {
      let piece = String(chunk);
      if (rows === undefined) {
        const bom = piece.startsWith('\uFEFF');
        rows = csvRows(file, sink, bom);
        if (bom) piece = piece.slice(1);
      }
      text += piece;
    });
    const stop = (outcome: Diagnostic | undefined) => {
      resolve(outcome);
      stream.destroy();
    };
    stream.on('error', reject);
    Papa.parse<string[], typeof stream>(stream, {
      // A comma, never guessed: a metric's source has no other. Fields stay strings; the rows skip blank lines.
      delimiter: ',',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      beforeFirstChunk: (chunk) => (chunk.startsWith('\uFEFF') ? chunk.slice(1) : chunk),
      chunk(results, parser) {
        rows ??= csvRows(file, sink, false);
        const consumed = results.meta.cursor - base;
        let problem = rows.take(text, consumed, results);
        text = text.slice(consumed);
        base = results.meta.cursor;
        if (problem === undefined && text.length > maxRowLength) problem = rows.diagnosticAt(longRowProblem(text, results.meta.linebreak, maxRowLength), text);
        if (problem === undefined) return;
        stop(problem);
        parser.abort();
      },
      complete: () => stop(undefined),
      error: (error) => {
        reject(error);
        stream.destroy();
      },
    });
  });
}
