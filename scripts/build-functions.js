#!/usr/bin/env node
/**
 * Bundles each cloud function (TypeScript + the shared kernel and contract) into
 * dist/cloudfunctions/<fn>/ with its own package.json and config.json, so every folder
 * uploads on its own from WeChat DevTools ("上传并部署：云端安装依赖").
 */
const fs = require('fs')
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const srcRoot = path.join(root, 'cloudfunctions')
const outRoot = path.join(root, 'dist', 'cloudfunctions')
const sdkVersion = require(path.join(root, 'package.json')).devDependencies['wx-server-sdk']

function functionNames() {
  return fs
    .readdirSync(srcRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort()
}

async function buildOne(fn) {
  const outDir = path.join(outRoot, fn)
  fs.mkdirSync(outDir, { recursive: true })
  await esbuild.build({
    entryPoints: [path.join(srcRoot, fn, 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    // WeChat cloud functions run on Node 16 or newer.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    legalComments: 'none',
    logLevel: 'warning',
  })
  const pkg = {
    name: fn,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': sdkVersion },
  }
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  const config = path.join(srcRoot, fn, 'config.json')
  fs.copyFileSync(config, path.join(outDir, 'config.json'))
  return { fn, bytes: fs.statSync(path.join(outDir, 'index.js')).size }
}

async function buildFunctions({ quiet = false } = {}) {
  const results = await Promise.all(functionNames().map(buildOne))
  if (!quiet) {
    for (const r of results) console.log(`  cloudfunctions/${r.fn}: ${(r.bytes / 1024).toFixed(1)} KB`)
  }
  return results
}

module.exports = { buildFunctions, functionNames, outRoot }

if (require.main === module) {
  buildFunctions().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
