import 'server-only'

import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Payload } from 'payload'
import type { z } from 'zod'

import { isLocale, type Locale } from '@/i18n/routing'
import { clientIp, consume, type RateLimitName } from '@/security/rateLimit'
import { readPayloadError } from '../../../_data/payloadError'
import type { FormState } from './formState'

export { payloadStatus, readPayloadError } from '../../../_data/payloadError'

export type Translate = Awaited<ReturnType<typeof getTranslations>>

/** The locale the form was shown in (a hidden field), else the request's. */
export async function formLocale(form: FormData): Promise<Locale> {
  const value = form.get('locale')
  if (typeof value === 'string' && isLocale(value)) return value
  const current = await getLocale()
  return isLocale(current) ? current : 'fr'
}

export async function errorTranslator(locale: Locale): Promise<Translate> {
  return getTranslations({ locale, namespace: 'account.errors' })
}

/** The text fields of a form, to show them again after an error (files and oversized text left out). */
export function typedValues(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value.slice(0, 5000)
  }
  return values
}

/** The form's fields as a plain object for zod: a file where text is expected stays a file (and fails). */
export function formObject(form: FormData, names: readonly string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]))
}

/** One message per field, in the visitor's language; schemas name special cases with `#key`. */
export function zodErrors(issues: z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issueMessage(issue, t)
  }
  return errors
}

function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message?.startsWith('#')) return t(issue.message.slice(1))
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('required') : t('tooShort', { min: Number(issue.minimum) })
    case 'too_big':
      return t('tooLong', { max: Number(issue.maximum) })
    case 'invalid_format':
      return issue.format === 'email' ? t('email') : t('invalid')
    case 'invalid_value':
      return t('choose')
    default:
      return t('invalid')
  }
}

/**
 * Payload's field-level refusals (ValidationError) as form errors. `fields` maps a Payload path to
 * the form's field name; a refusal on a path the form does not show becomes the form's message.
 */
export function payloadErrors(
  error: unknown,
  t: Translate,
  fields: Record<string, string>,
  explain: (path: string, message: string) => string | undefined = () => undefined,
): Pick<FormState, 'errors' | 'message'> | null {
  const list = readPayloadError(error)?.errors ?? []
  if (!list.length) return null
  const errors: Record<string, string> = {}
  let message: string | undefined
  for (const { path, message: raw } of list) {
    const text = explain(path, raw) ?? t('refused')
    const field = fields[path]
    if (field) errors[field] ??= text
    else message ??= text
  }
  return { errors, message: message ?? (Object.keys(errors).length ? undefined : t('refused')) }
}

/** Spends one point of each budget; the answer is the minutes to wait when one is used up. */
export async function rateLimited(payload: Payload, budgets: [RateLimitName, string][]): Promise<number | null> {
  const results = await Promise.all(budgets.map(([name, key]) => consume(payload, name, key)))
  const waits = results.flatMap((result) => (result.ok ? [] : [result.retryAfter]))
  return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 60)) : null
}

export async function visitorIp(): Promise<string> {
  return clientIp(await headers())
}
