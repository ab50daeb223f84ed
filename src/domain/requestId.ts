/**
 * The request id a response and its log lines carry. A reverse proxy in front (docs/operations.md)
 * may have chosen one already: kept when it is a plain token, so its logs and ours join on it.
 * Anything else (too long, spaces, control characters that could forge a log line) is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:+=@/-]{8,128}$/

export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header
  return value && SANE_REQUEST_ID.test(value) ? value : undefined
}
