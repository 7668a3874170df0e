// Vite/Vitest `?raw` imports (used by the documentation test to read SCENARIO.md without Node built-ins).
declare module "*.md?raw" {
  const text: string;
  export default text;
}
