'use client'
import { openCookieSettings } from './consentStore'

/** The footer's "Cookie settings": reopens the banner to change the answer. */
export function CookieSettingsButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={openCookieSettings}>
      {label}
    </button>
  )
}
