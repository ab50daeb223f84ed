/**
 * `npm run lighthouse [-- http://localhost:3000]`: Lighthouse (mobile) on the home, search and
 * vehicle pages with Debian's Chromium, scores printed against the budgets of docs/architecture.md.
 * Without a URL, it serves the production build on the demo data (.data/lighthouse) itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { writeFileSync, mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

const BUDGET = { performance: 95, accessibility: 95, 'best-practices': 95, seo: 100 } as const
const tsx = path.join('node_modules', '.bin', 'tsx')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer`)
}

async function serveDemo(): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: path.resolve('.data/lighthouse'), PORT: String(port) }
  if (spawnSync(tsx, ['scripts/autoport.ts', 'seed'], { env, stdio: 'inherit' }).status !== 0)
    throw new Error('seed failed')
  const server = spawn(tsx, ['scripts/autoport.ts', 'demo'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const base = `http://localhost:${port}`
  await waitFor(`${base}/api/health`)
  return { base, server }
}

async function warmUp(base: string, target: string): Promise<void> {
  const html = await (await fetch(`${base}${target}`)).text()
  const pictures = new Set(
    [...html.matchAll(/\/_next\/image\?[^"\s,]+/g)].map((match) => match[0].replaceAll('&amp;', '&')),
  )
  for (const picture of pictures)
    await (await fetch(`${base}${picture}`, { headers: { accept: 'image/avif,image/webp,*/*' } })).arrayBuffer()
}

async function main() {
  const given = process.argv[2]
  const served = given ? null : await serveDemo()
  const base = given ?? served!.base
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    const vehicles = (await (
      await fetch(`${base}/api/vehicles?limit=1&depth=0&where[status][equals]=available`)
    ).json()) as { docs: { slug: string }[] }
    const pages = { home: '/', search: '/vehicles', vehicle: `/vehicles/${vehicles.docs[0]!.slug}` }
    const out = path.resolve('.data/lighthouse-reports')
    mkdirSync(out, { recursive: true })
    let failures = 0
    for (const [name, target] of Object.entries(pages)) {
      // One warm-up visit, its pictures included: the scores should describe a running site, not a
      // cold cache (the first request for a picture after a restart spends ~200 ms encoding it).
      await warmUp(base, target)
      const result = await lighthouse(
        `${base}${target}`,
        { port: chrome.port, output: 'html', logLevel: 'error' },
        undefined,
      )
      if (!result) throw new Error(`no Lighthouse result for ${target}`)
      writeFileSync(path.join(out, `${name}.html`), result.report as string)
      const scores = Object.fromEntries(
        Object.keys(BUDGET).map((category) => [
          category,
          Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
        ]),
      ) as Record<keyof typeof BUDGET, number>
      const verdict = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).map((category) => {
        const ok = scores[category] >= BUDGET[category]
        if (!ok) failures += 1
        return `${category} ${scores[category]}${ok ? '' : ` (< ${BUDGET[category]})`}`
      })
      console.log(`${name.padEnd(8)} ${target.padEnd(50)} ${verdict.join(' · ')}`)
    }
    console.log(`Reports in ${out}`)
    process.exitCode = failures ? 1 : 0
  } finally {
    await chrome.kill()
    if (served) process.kill(-served.server.pid!, 'SIGTERM')
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
