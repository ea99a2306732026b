import {existsSync} from 'node:fs'
import {type Browser, chromium} from 'playwright-core'

/**
 * Headless Chromium for the browser tests: the system's (`CHROMIUM_PATH`, or Debian's /usr/bin/chromium) when
 * there is one, else the build that @sparticuz/chromium ships inside its npm package, so that `npm install`
 * is the only step on a fresh machine.
 */
export async function launchChromium(): Promise<Browser> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file): file is string => Boolean(file) && existsSync(file!))
  if (system) return chromium.launch({executablePath: system, headless: true})
  const packaged = (await import('@sparticuz/chromium')).default
  return chromium.launch({executablePath: await packaged.executablePath(), args: packaged.args, headless: true})
}
