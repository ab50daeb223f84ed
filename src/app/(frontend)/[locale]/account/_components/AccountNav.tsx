'use client'

import { useEffect, useRef } from 'react'

import { Link, usePathname } from '@/i18n/navigation'
import styles from '../account.module.css'

type NavLink = { href: string; label: string; exact?: boolean }

/** The portal's sections; the current one is marked for sight and for screen readers. */
export function AccountNav({ label, links }: { label: string; links: NavLink[] }) {
  const pathname = usePathname()
  const list = useRef<HTMLUListElement>(null)
  // On phones the sections are one row that scrolls sideways: bring the current one into view.
  useEffect(() => {
    const row = list.current
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
    if (!row || !current || row.scrollWidth <= row.clientWidth) return
    row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2
  }, [pathname])
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul ref={list}>
        {links.map((link) => {
          const current = link.exact
            ? pathname === link.href
            : pathname === link.href || pathname.startsWith(`${link.href}/`)
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? 'page' : undefined} className={styles.navLink}>
                {link.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
