/**
 * What every portal form action answers. Messages are already in the visitor's language; `values`
 * gives back what was typed (never a password) so nothing is lost on an error.
 */
export type FormState = {
  status: 'idle' | 'error' | 'success'
  /** A message about the whole form (rate limit, wrong password…), or the success text. */
  message?: string
  /** One message per field name. */
  errors?: Record<string, string>
  values?: Record<string, string>
}

export const initialFormState: FormState = { status: 'idle' }
