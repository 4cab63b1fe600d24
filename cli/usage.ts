export const USAGE = `PolicyLens: summarise privacy policies on your machine.

Usage:
  npm run --silent cli -- analyze [--json] [FILE...]
      Summarise each .html, .htm, .txt or .md file. With no FILE, a bundled sample policy.
      --json prints one PolicySummary JSON object per file, one per line.
  npm run --silent cli -- analyze --jsonl  < lines.jsonl
      Each stdin line {"id", "html"?, "text"?, "url"?, "title"?} gives {"id", "summary"} or {"id", "error"}.
  npm run --silent cli -- classify --jsonl < lines.jsonl
      Each stdin line {"id", "text"} gives {"id", "categories"}.
  npm run --silent cli -- detect --jsonl   < lines.jsonl
      Each stdin line {"id", "html", "url"?} gives {"id", "isPolicy", "score"}.
  npm run --silent cli -- --help

Output lines keep the input order; a bad line gives an error line and the batch goes on.
Exit status: 0 when anything was processed, 1 when nothing could be, 2 for a usage error.
Colours are used only on a terminal, and never when NO_COLOR is set.
`;
