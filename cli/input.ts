import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A policy as the CLI received it, before analysis. */
export interface PolicySource {
  html?: string;
  text?: string;
  url?: string | null;
  title?: string | null;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const BINARY_SAMPLE = 8192;
const MAX_CONTROL_SHARE = 0.05;

/** Why a string cannot be a policy (empty, binary), or null when it can be analysed. */
export function problemWithText(content: string): string | null {
  if (content.trim().length === 0) return 'the input is empty';
  const sample = content.slice(0, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return 'the input looks like binary data, not text';
    // Tab, newline, form feed and carriage return are ordinary in text; other C0 controls and U+FFFD
    // (what invalid UTF-8 decodes to) are not.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd)
      control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE
    ? 'the input looks like binary data, not text'
    : null;
}

/** Reads a policy file; the extension decides whether it is HTML or text. Throws with a readable message. */
export async function readPolicyFile(file: string): Promise<PolicySource> {
  const extension = path.extname(file).toLowerCase();
  if (!HTML_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension))
    throw new Error(
      `unsupported file type "${extension || '(none)'}": use .html, .htm, .txt or .md`,
    );
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw new Error(`cannot read ${file}: ${reason}`);
  }
  const problem = problemWithText(content);
  if (problem) throw new Error(`${file}: ${problem}`);
  // A text file has no title of its own: its name is the CLI's label for it, not the policy's title.
  return HTML_EXTENSIONS.has(extension)
    ? { html: content, url: null }
    : { text: content, url: null, title: null };
}
