/**
 * How the back office names a customer (its title in lists, relationship fields and the dashboard):
 * first and last name; the e-mail address for an account that gave no name, so a row never shows
 * a bare id. Erased accounts have neither and are named by nothing.
 */
export function customerFullName(customer: {
  firstName?: string | null
  lastName?: string | null
  email?: string | null
}): string | null {
  const name = [customer.firstName, customer.lastName]
    .map((part) => part?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
  return name || customer.email?.trim() || null
}
