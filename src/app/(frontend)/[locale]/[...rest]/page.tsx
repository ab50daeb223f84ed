import { notFound } from 'next/navigation'

/**
 * Paths deeper than any storefront route (/a/b/c) land here, so they get the storefront's own 404
 * inside its header and footer rather than the bare one outside every layout.
 */
export default function UnknownPath(): never {
  notFound()
}
