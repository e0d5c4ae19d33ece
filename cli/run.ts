/**
 * The classify command: reads each named input (standard input for none or `-`), runs the detector on every
 * message and writes one JSON line per message. Problems go to stderr as they happen and the rest still runs;
 * the exit code says whether anything failed.
 */
import { detect } from '../detector/index';
import { formatOfPath, type MailFormat, sniffFormat } from './formats';
import { verdictLine } from './output';
import { readMessages } from './read';
import { type ByteStream, peek } from './streams';

export interface ClassifyIO {
  stdin: ByteStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  openFile(path: string): ByteStream;
}

/** Enough of the start of an input to see its first header block. */
const SNIFF_BYTES = 64 * 1024;

const USAGE = `Usage: npm run -s classify -- [FILE...]
Classifies each message in .eml, .mbox, .txt and .jsonl files (standard input when no file or "-";
its format is then guessed) and prints one JSON line per message.
`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && READ_ERRORS[code]) || (error instanceof Error ? error.message : String(error));
}

/** Writes a line, waiting when the reader is slower than the detector so output never piles up in memory. */
async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function openInput(path: string, io: ClassifyIO): Promise<{ stream: ByteStream; format: MailFormat }> {
  const stream = path === '-' ? io.stdin : io.openFile(path);
  const format = path === '-' ? undefined : formatOfPath(path);
  if (format) return { stream, format };
  const peeked = await peek(stream, SNIFF_BYTES);
  return { stream: peeked.stream, format: sniffFormat(new TextDecoder().decode(peeked.head)) };
}

/** Classifies every input in turn; resolves to the exit code (1 when any input or message failed). */
export async function runClassify(args: readonly string[], io: ClassifyIO): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  let failed = false;
  const report = (message: string) => {
    failed = true;
    io.stderr.write(`classify: ${message}\n`);
  };
  for (const path of args.length > 0 ? args : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    try {
      const { stream, format } = await openInput(path, io);
      for await (const record of readMessages(stream, format, name)) {
        if ('error' in record) report(record.error);
        else await writeLine(io.stdout, verdictLine(record.id, detect(record.input)));
      }
    } catch (error) {
      report(`${name}: cannot read (${readError(error)})`);
    }
  }
  return failed ? 1 : 0;
}
