import { z } from 'zod'

import type { Energy } from '@/domain/importRules'
import { hasMarkup } from '@/domain/plainText'
import { isPhoneNumber } from '@/domain/phone'
import { REGION_CODES, type RegionCode } from '@/domain/regions'
import { FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'

/**
 * One schema for both kinds of request. Error messages are message keys (namespace "quote.errors"),
 * turned into the visitor's language by the form.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .refine((value) => !hasMarkup(value), 'markup')
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => value || undefined)
const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined
      if (!/^\d+$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'notANumber' })
        return z.NEVER
      }
      const number = Number(value)
      if (number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: 'outOfRange' })
        return z.NEVER
      }
      return number
    })

type Transmission = (typeof TRANSMISSIONS)[number]['value']

const regions = REGION_CODES as [RegionCode, ...RegionCode[]]

export const requestSchema = z
  .object({
    kind: z.enum(['stock', 'sourcing']),
    vehicle: optionalText(120),
    make: optionalText(60),
    model: optionalText(80),
    yearFrom: optionalInt(1950, 2100),
    yearTo: optionalInt(1950, 2100),
    budget: optionalInt(1_000, 5_000_000),
    fuel: z
      .enum(FUELS.map(({ value }) => value) as [Energy, ...Energy[]])
      .optional()
      .or(z.literal('').transform(() => undefined)),
    transmission: z
      .enum(TRANSMISSIONS.map(({ value }) => value) as [Transmission, ...Transmission[]])
      .optional()
      .or(z.literal('').transform(() => undefined)),
    maxMileageKm: optionalInt(0, 1_000_000),
    mustHaves: optionalText(2000),
    region: z.enum(regions, { error: 'region' }),
    message: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'stock' && !value.vehicle)
      ctx.addIssue({ code: 'custom', path: ['vehicle'], message: 'vehicle' })
    if (value.kind === 'sourcing' && !value.make) ctx.addIssue({ code: 'custom', path: ['make'], message: 'make' })
    if (value.yearFrom && value.yearTo && value.yearFrom > value.yearTo)
      ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'yearOrder' })
  })

export const contactSchema = z.object({
  firstName: text(80).min(1, 'required'),
  lastName: text(80).min(1, 'required'),
  email: z.email('email').max(200, 'tooLong'),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => !value || isPhoneNumber(value), 'phone'),
  consentContact: z.literal('on', { error: 'consent' }),
  marketingOptIn: z.literal('on').optional(),
})

export type RequestInput = z.infer<typeof requestSchema>
export type ContactInput = z.infer<typeof contactSchema>

export type FormState = {
  status: 'idle' | 'error' | 'sent'
  errors?: Record<string, string>
  message?: string
  values?: Record<string, string>
}
