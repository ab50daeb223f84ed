'use client'
import { useState } from 'react'

/** Shares the page with the system sheet where there is one, else copies its address. */
export function ShareLink({
  url,
  title,
  label,
  copied,
}: {
  url: string
  title: string
  label: string
  copied: string
}) {
  const [done, setDone] = useState(false)
  const share = async () => {
    try {
      if (navigator.share) await navigator.share({ url, title })
      else {
        await navigator.clipboard.writeText(url)
        setDone(true)
      }
    } catch {
      // the visitor closed the share sheet
    }
  }
  return (
    <p style={{ margin: '0.75rem 0 0', textAlign: 'center' }}>
      <a href={url} onClick={(event) => (event.preventDefault(), void share())} style={{ fontWeight: 600 }}>
        {label}
      </a>
      <span role="status" style={{ marginLeft: '0.5rem' }}>
        {done ? copied : ''}
      </span>
    </p>
  )
}
