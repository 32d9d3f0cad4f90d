import type { Browser } from 'playwright-core'
import { launch } from './browser'
import { startApp } from './server'
import type { RunningApp } from './server'

/** One app (started as `npm start` starts it) and one browser for a test file. */
export function appAndBrowser(): { app: RunningApp; browser: Browser } {
  const suite = {} as { app: RunningApp; browser: Browser }
  beforeAll(async () => {
    suite.app = await startApp()
    suite.browser = await launch()
  }, 300_000)
  afterAll(async () => {
    await suite.browser?.close()
    await suite.app?.stop()
  })
  return suite
}
