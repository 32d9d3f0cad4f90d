/**
 * Every wx API name WeChat's typings declare (miniprogram-api-typings, interface `Wx`), so the stub
 * can give each a real own property: Taro copies `wx`'s own keys at start-up, and an API the host
 * does not implement must fail loudly rather than become Taro's silent "暂不支持". Parsed once per
 * typings version and cached under node_modules/.cache.
 */
import fs from 'fs'
import { createRequire } from 'module'
import path from 'path'
import ts from 'typescript'

const root = path.resolve(__dirname, '../../../..')

export function wxApiNames(): string[] {
  const pkg = createRequire(path.join(root, 'package.json')).resolve('miniprogram-api-typings/package.json')
  const { version } = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }
  const cache = path.join(root, 'node_modules', '.cache', 'weapp-host', `wx-apis-${version}.json`)
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8')) as string[]
  const names = parse(path.join(path.dirname(pkg), 'types', 'wx', 'lib.wx.api.d.ts'))
  fs.mkdirSync(path.dirname(cache), { recursive: true })
  fs.writeFileSync(cache, JSON.stringify(names))
  return names
}

function parse(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const names = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx')
      for (const m of node.members) if (m.name) names.add(m.name.getText(source))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...names].sort()
}
