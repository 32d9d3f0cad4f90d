/**
 * The figures of one bench run, by stable dotted name (`station.get.p95ms`, `weapp.main.kb`,
 * `fn.station.requireMs`), printed as they come and written to bench-results.json in the checkout
 * (ignored by git) so scripts can compare runs. A partial run (`npm run bench -- volunteer`) keeps
 * the other figures of the previous file and replaces its own.
 */
const fs = require('fs')
const path = require('path')

const FILE = path.resolve(__dirname, '../../bench-results.json')

class Results {
  constructor() {
    this.figures = {}
  }

  /** `record('station.get.p95ms', 12.3, 'ms', 1000)` */
  record(name, value, unit, samples = 1) {
    this.figures[name] = { value: Math.round(value * 100) / 100, unit, samples }
  }

  write(meta) {
    const previous = fs.existsSync(FILE) ? (JSON.parse(fs.readFileSync(FILE, 'utf8')).figures ?? {}) : {}
    const figures = { ...previous, ...this.figures }
    const sorted = Object.fromEntries(
      Object.keys(figures)
        .sort()
        .map((k) => [k, figures[k]]),
    )
    fs.writeFileSync(FILE, JSON.stringify({ ...meta, figures: sorted }, null, 2) + '\n')
    return FILE
  }
}

module.exports = { Results, FILE }
