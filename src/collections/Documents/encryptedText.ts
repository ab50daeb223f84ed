import { ValidationError, type FieldHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { documentKeyring } from '@/config/documentKeys'
import { decryptText, encryptText, isEncryptedText } from '@/security/envelope'

/**
 * A text field stored encrypted (an identity number): the database holds `enc1.…` only. Staff read
 * it in clear; Local API calls without a user (the export, scripts) too, unless they ask for the
 * stored form (`context.encryptedFields`, the key rotation).
 */
export const encryptBeforeChange: FieldHook = ({ value: raw, path, req }) => {
  const value: unknown = raw
  if (typeof value !== 'string' || value.trim() === '') return value === '' ? null : value
  const text = value.trim()
  // Already the stored form (a save that did not touch the field): kept, not encrypted twice.
  if (isEncryptedText(text as unknown)) return text
  // Checked here, on what was typed: validation runs after this hook, on the longer encrypted form.
  if (text.length > 64) {
    throw new ValidationError({ errors: [{ path: path.join('.'), message: 'At most 64 characters.' }] }, req.t)
  }
  return encryptText(text, documentKeyring())
}

export const decryptAfterRead: FieldHook = ({ value: raw, req }) => {
  const value: unknown = raw
  if (!isEncryptedText(value) || req.context?.encryptedFields) return value
  if (req.user && !isStaffUser(req.user)) return null
  try {
    return decryptText(value, documentKeyring())
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'an encrypted field could not be decrypted (missing key?)' })
    return null
  }
}
