/**
 * Writes every message in both languages, from the sample variables, to look at in a browser or a mail
 * client:   npx tsx scripts/render-emails.ts [outDir]   (default .data/emails)
 * Each gives <name>.<locale>.html, <name>.<locale>.txt and <name>.<locale>.sms.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { renderEmail, renderSms } from '../src/notifications/templates'
import { SAMPLE_BRAND, SAMPLE_VARIABLES } from '../src/notifications/templates/samples'
import type { MessageLocale, TemplateName } from '../src/notifications/templates/types'

const outDir = path.resolve(process.argv[2] ?? '.data/emails')
mkdirSync(outDir, { recursive: true })

const LOCALES: MessageLocale[] = ['fr', 'en']

function write<T extends TemplateName>(name: T, locale: MessageLocale): void {
  const { subject, html, text } = renderEmail(name, locale, SAMPLE_VARIABLES[name], SAMPLE_BRAND)
  const base = path.join(outDir, `${name}.${locale}`)
  writeFileSync(`${base}.html`, html)
  writeFileSync(`${base}.txt`, `Subject: ${subject}\n\n${text}`)
  writeFileSync(`${base}.sms.txt`, `${renderSms(name, locale, SAMPLE_VARIABLES[name], SAMPLE_BRAND)}\n`)
}

const names = Object.keys(SAMPLE_VARIABLES) as TemplateName[]
for (const name of names) for (const locale of LOCALES) write(name, locale)
console.log(`${names.length * LOCALES.length} messages written to ${outDir}`)
