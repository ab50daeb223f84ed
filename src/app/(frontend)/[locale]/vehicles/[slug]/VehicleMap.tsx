'use client'
import { importLibrary, setOptions } from '@googlemaps/js-api-loader'
import { useEffect, useRef, useState } from 'react'

/** The Google map, loaded only when the page has a key and the map scrolls into view. */
export function VehicleMap({ apiKey, lat, lng, label }: { apiKey: string; lat: number; lng: number; label: string }) {
  const container = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const element = container.current
    if (!element) return
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
  }, [apiKey, lat, lng, label])
  if (failed) return null
  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      style={{ width: '100%', minHeight: 260, borderRadius: 12, background: '#e9e5dc' }}
    />
  )
}
