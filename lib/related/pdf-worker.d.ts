/** pdf.js's worker code, imported as a module to run in the background's own thread (worker-readers.ts). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
