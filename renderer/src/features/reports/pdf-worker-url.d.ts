// Vite turns a `?url` import into the built file's URL (the pdf.js worker is served from the app's origin).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
