'use client'
import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * On phones the header's links, language switch and account link fold behind one button (a
 * disclosure: the button says whether the panel is open and which element it controls). From
 * 56rem the button is hidden and the panel lays its children out in the bar (SiteHeader.module.css).
 */
export function HeaderMenu({
  label,
  panelId,
  classNames,
  children,
}: {
  label: string
  panelId: string
  classNames: { root: string; button: string; icon: string; panel: string }
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    // A tap anywhere else closes the panel, as a native menu would.
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  return (
    <div
      ref={root}
      className={classNames.root}
      // Tabbing past the last link leaves the menu: the panel must not stay over the page.
      onBlur={(event) => {
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        ref={button}
        type="button"
        className={classNames.button}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true" className={classNames.icon} />
        {label}
      </button>
      <div
        id={panelId}
        className={classNames.panel}
        data-open={open ? '' : undefined}
        // The header stays mounted across client-side navigations: a chosen link closes the menu.
        onClick={(event) => {
          if ((event.target as Element).closest('a')) setOpen(false)
        }}
      >
        {children}
      </div>
    </div>
  )
}
