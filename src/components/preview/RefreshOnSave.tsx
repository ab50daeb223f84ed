'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * Inside the admin's live-preview frame: the admin posts a "document event" to the frame on every
 * save (draft, autosave, publish), and this asks the server for the page again, which in draft mode
 * reads the latest draft. Without it the frame kept what it first loaded until a manual reload.
 *
 * The admin and the storefront are one app, and the frame may only be embedded by its own origin
 * (CSP frame-ancestors 'self'): the origin the frame was loaded from is the admin's, whatever
 * SERVER_URL says, so messages are checked against it.
 */
export function RefreshOnSave() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  if (typeof window === 'undefined') return null
  return <RefreshRouteOnSave refresh={refresh} serverURL={window.location.origin} />
}
