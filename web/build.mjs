// Builds the page into OUT_DIR (default dist/): one bundled script
// (esbuild), the HTML and the style sheet. Run by scripts/build-web after
// `npm ci`.   node build.mjs [OUT_DIR]
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const here = new URL(".", import.meta.url).pathname;
const out = (process.argv[2] || here + "dist").replace(/\/$/, "");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [here + "src/main.js"],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["es2020"],
  outfile: out + "/app.js",
  loader: { ".json": "json" },
  logLevel: "warning",
});
copyFileSync(here + "src/index.html", out + "/index.html");
copyFileSync(here + "src/style.css", out + "/style.css");
console.log(`web: built ${out} (index.html, app.js, style.css)`);
