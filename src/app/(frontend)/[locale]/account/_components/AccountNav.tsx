'use client'

import { Link, usePathname } from '@/i18n/navigation'
import styles from '../account.module.css'

type NavLink = { href: string; label: string; exact?: boolean }

/** The portal's sections; the current one is marked for sight and for screen readers. */
export function AccountNav({ label, links }: { label: string; links: NavLink[] }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul>
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
