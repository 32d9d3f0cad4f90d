#!/usr/bin/env node
/** npm run admin -- <command>: see localcloud/admin.ts. Bundles the admin CLI, then runs it. */
const path = require('path')
const { bundleLocalCloud } = require('./bundle')
const { buildFunctions } = require('./build-functions')

const root = path.resolve(__dirname, '..')

async function run() {
  const outfile = await bundleLocalCloud('admin')
  const argv = process.argv.slice(2)
  if (
    ['create-station', 'list-stations', 'init-db', 'rebuild-counters'].includes(argv[0]) &&
    !argv.includes('--print')
  )
    await buildFunctions({ quiet: true })
  const dataDir = path.resolve(root, process.env.LOCALCLOUD_DIR || '.localcloud')
  const code = await require(outfile).runAdmin(argv, {
    root,
    dataDir,
    port: Number(process.env.PORT || 8080),
  })
  process.exit(code)
}

run().catch((err) => {
  console.error(err)
  process.exit(1)
})
