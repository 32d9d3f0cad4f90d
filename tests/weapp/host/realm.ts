/**
 * The app service's JavaScript world, as WeChat gives it: a fresh global scope holding only the
 * mini-program globals (wx, App, Page, Component, getApp, getCurrentPages, requirePlugin, timers,
 * console) — no Node, no DOM — and a `require` that loads the built files of dist/weapp relative
 * to the file asking, each once. So the bundle that uploads runs here exactly as built.
 */
import fs from 'fs'
import path from 'path'
import vm from 'vm'

export interface Module {
  exports: unknown
}

export class Realm {
  readonly context: vm.Context
  private readonly modules = new Map<string, Module>()

  constructor(readonly root: string) {
    this.context = vm.createContext({}, { name: 'weapp app service' })
  }

  /** Puts values on the realm's global scope (before the bundle loads). */
  define(globals: Record<string, unknown>): void {
    Object.assign(this.context, globals)
  }

  /** Loads `file` (a path inside dist/weapp, with or without `.js`) once. */
  require(file: string): unknown {
    const name = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`)
    const loaded = this.modules.get(name)
    if (loaded) return loaded.exports
    const full = path.join(this.root, name)
    if (!fs.existsSync(full)) throw new Error(`module "${name}" is not defined (no ${full})`)
    const module: Module = { exports: {} }
    this.modules.set(name, module)
    const run = vm.compileFunction(fs.readFileSync(full, 'utf8'), ['require', 'module', 'exports'], {
      parsingContext: this.context,
      filename: full,
    })
    const dir = path.posix.dirname(name)
    run.call(module.exports, (p: string) => this.require(path.posix.join(dir, p)), module, module.exports)
    return module.exports
  }

  has(file: string): boolean {
    return this.modules.has(file.endsWith('.js') ? file : `${file}.js`)
  }
}
