#!/usr/bin/env node
/**
 * npm run privacy:guide [-- --write]: prints what the operator declares in WeChat's 用户隐私保护指引,
 * rendered from config/privacy.ts; with --write, replaces the block in README.md's deploy section
 * (tests/build/privacy.test.ts fails while the two differ).
 */
const fs = require('fs')
const Module = require('module')
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')

function loadPrivacyConfig() {
  const file = path.join(root, 'config', 'privacy.ts')
  const out = esbuild.buildSync({
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  })
  const mod = new Module(file)
  mod._compile(out.outputFiles[0].text, file)
  return mod.exports
}

const { privacyGuideMarkdown, GUIDE_START, GUIDE_END } = loadPrivacyConfig()
const block = privacyGuideMarkdown()

if (!process.argv.includes('--write')) {
  console.log(block)
} else {
  const readmePath = path.join(root, 'README.md')
  const readme = fs.readFileSync(readmePath, 'utf8')
  const start = readme.indexOf(GUIDE_START)
  const end = readme.indexOf(GUIDE_END)
  if (start < 0 || end < start) {
    console.error(
      `README.md has no privacy block; put these two lines in its deploy section:\n${GUIDE_START}\n${GUIDE_END}`,
    )
    process.exit(1)
  }
  fs.writeFileSync(readmePath, readme.slice(0, start) + block + readme.slice(end + GUIDE_END.length))
  console.log('README.md: privacy guide block updated')
}
