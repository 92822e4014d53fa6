// Finds warnings in a build's output, whoever printed them: the docs build allows none.

const patterns = [
  /\[WARN\]/, // Astro's logger, and every integration and Vite through it
  /^\s*\[warning\]/i, // TypeDoc's own logger, before starlight-typedoc replaces it
  /\(node:\d+\) \w*Warning:/, // Node's process warnings, such as deprecations
  /^\s*warning:/i, // tools that print plain "warning: …" lines
];

const ansi = /\u001b\[[0-9;]*m/g;

/** The lines of a build log that are warnings, without colour codes. */
export function warningsIn(log: string): string[] {
  return log
    .split('\n')
    .map((line) => line.replace(ansi, ''))
    .filter((line) => patterns.some((pattern) => pattern.test(line)));
}
