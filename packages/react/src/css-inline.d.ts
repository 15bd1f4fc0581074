// Vite's `?inline` import of a stylesheet: its text. Only the sources use it (see css-text.ts).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
