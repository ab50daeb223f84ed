/**
 * How long one address must wait before trying an account's password again, after `failures`
 * consecutive failures there: free for the first few (people mistype), then doubling from one
 * second, capped so the owner is only ever slowed down, never locked out.
 */
export const FREE_LOGIN_FAILURES = 3
export const MAX_LOGIN_DELAY_SECONDS = 5 * 60

export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_LOGIN_FAILURES) return 0
  return Math.min(MAX_LOGIN_DELAY_SECONDS, 2 ** Math.min(failures - FREE_LOGIN_FAILURES, 30))
}
