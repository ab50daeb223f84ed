import type { CollectionBeforeValidateHook } from 'payload'

import { isEuCountry } from '@/domain/countries'
import type { Vehicle } from '@/payload-types'

const KW_TO_HP = 1.35962

/** Title from make/model/trim, horsepower from kW, EU free circulation from the origin. */
export const fillDerivedFields: CollectionBeforeValidateHook<Vehicle> = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const title = [merged.make, merged.model, merged.trim].filter(Boolean).join(' ').trim()
  const derived: Partial<Vehicle> = {}
  if (title) derived.title = title
  if (!merged.powerHp && merged.powerKw) derived.powerHp = Math.round(merged.powerKw * KW_TO_HP)
  if (merged.originCountry && merged.inEuFreeCirculation === undefined) {
    derived.inEuFreeCirculation = isEuCountry(merged.originCountry)
  }
  return { ...data, ...derived }
}
