import type { FieldHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { documentKeyring } from '@/config/documentKeys'
import { decryptText, encryptText, isEncryptedText } from '@/security/envelope'

/**
 * A text field stored encrypted (an identity number): the database holds `enc1.…` only. Staff read
 * it in clear; Local API calls without a user (the export, scripts) too, unless they ask for the
 * stored form (`context.encryptedFields`, the key rotation).
 */
export const encryptBeforeChange: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value.trim() === '') return value === '' ? null : value
  // Already the stored form (a save that did not touch the field): kept, not encrypted twice.
  return isEncryptedText(value) ? value : encryptText(value.trim(), documentKeyring())
}

export const decryptAfterRead: FieldHook = ({ value, req }) => {
  if (!isEncryptedText(value) || req.context?.encryptedFields) return value
  if (req.user && !isStaffUser(req.user)) return null
  try {
    return decryptText(value, documentKeyring())
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'an encrypted field could not be decrypted (missing key?)' })
    return null
  }
}
