'use client'
import { importLibrary, setOptions } from '@googlemaps/js-api-loader'
import { useEffect, useRef, useState } from 'react'

import { useConsent, saveConsent } from '@/components/consent/consentStore'

type Props = {
  apiKey: string
  lat: number
  lng: number
  label: string
  locale: string
  blockedText: string
  enableLabel: string
}

/**
 * The Google map, loaded only when the page has a key, the visitor accepted maps (Google sets cookies
 * and sees the IP address) and the map scrolls into view. Until then a placeholder says why.
 */
export function VehicleMap({ apiKey, lat, lng, label, locale, blockedText, enableLabel }: Props) {
  const consent = useConsent()
  const allowed = Boolean(consent?.choices.maps)
  const container = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const element = container.current
    if (!element || !allowed) return
    const observer = new IntersectionObserver(async ([entry]) => {
      if (!entry?.isIntersecting) return
      observer.disconnect()
      try {
        setOptions({ key: apiKey, v: 'weekly' })
        const { Map } = await importLibrary('maps')
        const { Marker } = await importLibrary('marker')
        const map = new Map(element, { center: { lat, lng }, zoom: 11, disableDefaultUI: true, zoomControl: true })
        new Marker({ map, position: { lat, lng }, title: label })
      } catch {
        setFailed(true)
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [allowed, apiKey, lat, lng, label])
  if (failed) return null
  const frame = { width: '100%', minHeight: 260, borderRadius: 12, background: '#e9e5dc' } as const
  if (!allowed) {
    return (
      <div
        data-testid="map-blocked"
        style={{ ...frame, display: 'grid', placeItems: 'center', gap: 12, padding: 24, textAlign: 'center' }}
      >
        {/* Unknown while hydrating: show nothing rather than a placeholder that may vanish at once. */}
        {consent !== undefined && (
          <div>
            <p style={{ margin: '0 0 12px', maxWidth: 420 }}>{blockedText}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => saveConsent({ ...(consent?.choices ?? {}), maps: true }, locale)}
            >
              {enableLabel}
            </button>
          </div>
        )}
      </div>
    )
  }
  return <div ref={container} role="img" aria-label={label} style={frame} />
}
