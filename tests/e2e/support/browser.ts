/**
 * Headless Chromium from the @sparticuz/chromium npm package (no download at run time),
 * driven by playwright-core, at a phone's viewport.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium as playwright } from 'playwright-core'

interface ChromiumInfo {
  executablePath: string
  args: string[]
}

/**
 * @sparticuz/chromium is ESM and reads import.meta, which jest's CommonJS runtime cannot load;
 * ask a plain Node process for the unpacked binary's path and its recommended flags instead.
 */
function chromiumInfo(): ChromiumInfo {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => console.log(JSON.stringify({ executablePath: await c.executablePath(), args: c.args })))"
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: path.resolve(__dirname, '../../..'),
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').pop()!)
}

const LAMBDA_ONLY = ['--single-process', '--no-zygote', "--headless='shell'"]

export const ARTIFACTS = path.resolve(__dirname, '../artifacts')

export async function launch(): Promise<Browser> {
  const chromium = chromiumInfo()
  return playwright.launch({
    executablePath: chromium.executablePath,
    // Its Lambda-oriented --single-process makes closing one context end the whole browser.
    args: [
      ...chromium.args.filter((a) => !LAMBDA_ONLY.includes(a)),
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
    ],
    headless: true,
  })
}

/** A phone-sized browser session acting as one person (the local cloud's dev identity). */
export async function personSession(
  browser: Browser,
  openid: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    // Residents' phones run on China time, whatever the test machine's zone: the app shows times
    // and offers today's date in the phone's own zone.
    timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript((id) => {
    try {
      if (!window.localStorage.getItem('linli.devOpenid')) window.localStorage.setItem('linli.devOpenid', id)
    } catch {
      // about:blank has no storage; the app's own origin does.
    }
  }, openid)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  return { context, page }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  // Let Taro's page-slide transition finish so the picture shows the page, not the animation.
  await page.waitForTimeout(500)
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}
