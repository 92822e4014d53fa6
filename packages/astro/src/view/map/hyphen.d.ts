// The hyphen package ships no types; this is the part of it the map uses.
declare module 'hyphen/en-us/index.js' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphen;
}
