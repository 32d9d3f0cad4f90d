/**
 * Bundles one of the local cloud's TypeScript entry points (localcloud/<name>.ts) into
 * dist/localcloud/<name>.js for Node. npm packages stay external, so wx-server-sdk remains the
 * one copy in node_modules that the cloud-function bundles require too.
 */
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')

async function bundleLocalCloud(name) {
  const outfile = path.join(root, 'dist', 'localcloud', `${name}.js`)
  await esbuild.build({
    entryPoints: [path.join(root, 'localcloud', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  })
  return outfile
}

module.exports = { bundleLocalCloud }
