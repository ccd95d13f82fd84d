// Builds the dashboard into src/lapwing/web/static/ (run through scripts/build-dashboard.sh after `npm ci`):
// the bundled and minified script, the style sheet, the page, the country outlines (world-atlas, 1:110m),
// THIRD_PARTY_LICENSES.txt (every package whose code or data ships in the bundle) and build-info.json
// (a hash of the sources, so that the tests can tell when the committed build is stale).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "lapwing", "web", "static");

/** The files a build depends on, relative to frontend/, sorted (the same list as tests/test_dashboard.py). */
function sourceFiles() {
  const files = ["build.mjs", "index.html", "package.json", "package-lock.json"];
  const walk = (dir) => {
    for (const name of readdirSync(join(here, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(join(here, rel)).isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk("src");
  return files.sort();
}

function sourceHash() {
  const h = createHash("sha256");
  for (const rel of sourceFiles()) {
    h.update(rel + "\0");
    h.update(readFileSync(join(here, rel)));
    h.update("\0");
  }
  return h.digest("hex");
}

/** Packages installed for the page (not the dev tools), from the lock file. */
function shippedPackages() {
  const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
  return Object.entries(lock.packages)
    .filter(([path, meta]) => path && !meta.dev)
    .map(([path, meta]) => ({ path, name: path.split("node_modules/").pop(), version: meta.version, license: meta.license }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function licences(packages) {
  const parts = [
    "Third-party software and data in Lapwing's dashboard (src/lapwing/web/static/)",
    "",
    "app.js bundles the JavaScript packages below; countries-110m.json is the world-atlas package's file,",
    "made from Natural Earth's 1:110m Admin 0 country boundaries (public domain, naturalearthdata.com).",
    "Written by frontend/build.mjs from the packages' own licence files.",
    "",
  ];
  for (const p of packages) {
    const dir = join(here, p.path);
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    if (!file) throw new Error(`${p.name} has no licence file in ${dir}: add its licence text to the build by hand`);
    parts.push("=".repeat(100), `${p.name} ${p.version} (${p.license})`, "=".repeat(100), "");
    parts.push(readFileSync(join(dir, file), "utf8").trim(), "");
  }
  return parts.join("\n");
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  legalComments: "none", // the licences are collected into THIRD_PARTY_LICENSES.txt beside the bundle
  outfile: join(out, "app.js"),
  metafile: true,
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: [join(here, "src", "style.css")],
  bundle: true,
  minify: true,
  outfile: join(out, "app.css"),
  logLevel: "warning",
});
copyFileSync(join(here, "index.html"), join(out, "index.html"));
copyFileSync(join(here, "node_modules", "world-atlas", "countries-110m.json"), join(out, "countries-110m.json"));

const packages = shippedPackages();
const bundled = new Set(
  Object.keys(result.metafile.inputs)
    .filter((f) => f.includes("node_modules/"))
    .map((f) => f.split("node_modules/").pop().split("/")[0]),
);
bundled.add("world-atlas"); // its data file is copied, not bundled
const missing = [...bundled].filter((n) => !packages.some((p) => p.name === n));
if (missing.length) throw new Error(`bundled but not a runtime dependency in the lock file: ${missing.join(", ")}`);
const shipped = packages.filter((p) => bundled.has(p.name));
writeFileSync(join(out, "THIRD_PARTY_LICENSES.txt"), licences(shipped));
writeFileSync(
  join(out, "build-info.json"),
  JSON.stringify(
    {
      source_sha256: sourceHash(),
      esbuild: esbuild.version,
      packages: Object.fromEntries(shipped.map((p) => [p.name, `${p.version} ${p.license}`])),
    },
    null,
    2,
  ) + "\n",
);
const size = (f) => statSync(join(out, f)).size;
console.log(`dashboard built in ${relative(process.cwd(), out) || out}: app.js ${size("app.js")} bytes, ` +
  `app.css ${size("app.css")} bytes, ${shipped.length} third-party packages (${shipped.map((p) => p.name).join(", ")})`);
