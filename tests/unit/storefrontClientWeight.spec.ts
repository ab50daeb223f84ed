import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The public pages (home, search, vehicle and content pages) load every client component their server
 * components import, rendered or not. Two imports there cost the first-load JavaScript budget: a
 * next-intl hook or link (its whole runtime, ~15 kB gzip) and next/image (a client component on every
 * card). The portal and the quote forms, rendered per request, may use next-intl.
 */
const root = path.resolve('src')
const publicCode = ['components', 'app/(frontend)/[locale]/vehicles', 'app/(frontend)/[locale]/[slug]']
const publicFiles = ['app/(frontend)/[locale]/error.tsx', 'app/(frontend)/[locale]/layout.tsx']

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sources(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [full] : []
  })
}

const files = [
  ...publicCode.flatMap((dir) => sources(path.join(root, dir))),
  ...publicFiles.map((file) => path.join(root, file)),
]
const read = (file: string) => readFileSync(file, 'utf8')
const isClient = (code: string) => /^\s*['"]use client['"]/.test(code)
const relative = (file: string) => path.relative(root, file)

describe('client weight of the public pages', () => {
  it('finds the public client components it guards', () => {
    const clients = files.filter((file) => isClient(read(file))).map(relative)
    expect(clients).toEqual(
      expect.arrayContaining([
        'components/contact/ContactForm.tsx',
        'app/(frontend)/[locale]/vehicles/SaveSearchForm.tsx',
        'app/(frontend)/[locale]/error.tsx',
      ]),
    )
  })

  it('ships no next-intl runtime from a public client component', () => {
    const offenders = files
      .filter((file) => {
        const code = read(file)
        return isClient(code) && /from ['"](next-intl|use-intl|@\/i18n\/navigation)['"]/.test(code)
      })
      .map(relative)
    expect(offenders).toEqual([])
  })

  it('renders images with StaticImage, not the next/image client component', () => {
    const offenders = files.filter((file) => /import\s+\w+\s+from ['"]next\/image['"]/.test(read(file))).map(relative)
    expect(offenders).toEqual([])
  })
})
