'use client'
import { useEffect, useState } from 'react'

// False until a search page has been shown in this document: the first one arrives with the page
// and is read with it; the ones after it (a filter, a removed chip, Back) replace the page silently.
let shownBefore = false

/**
 * The number of results, announced to screen readers when a filter changes it. Each search mounts a
 * new page, and a live region born with its text is not read out: this one starts empty on those
 * mounts and receives the count a moment later. The count on screen never blinks (an empty line
 * would move the page under the visitor's finger); screen readers read the live region instead.
 */
export function ResultCount({ text, className }: { text: string; className: string }) {
  const [shown, setShown] = useState(() => (shownBefore ? '' : text))
  useEffect(() => {
    shownBefore = true
    const timer = setTimeout(() => setShown(text), 150)
    return () => clearTimeout(timer)
  }, [text])
  return (
    <>
      <p className={className} aria-hidden="true">
        {text}
      </p>
      <p className="visually-hidden" role="status">
        {shown}
      </p>
    </>
  )
}
