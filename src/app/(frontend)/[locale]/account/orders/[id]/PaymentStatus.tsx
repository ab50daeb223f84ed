'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * While a payment waits for its provider's confirmation, the page reads itself again every few
 * seconds (for two minutes at most), so the customer sees it land without reloading.
 */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  const router = useRouter()
  useEffect(() => {
    if (!pending) return
    const started = Date.now()
    const timer = setInterval(() => {
      if (Date.now() - started > 120_000) clearInterval(timer)
      else router.refresh()
    }, 3000)
    return () => clearInterval(timer)
  }, [pending, router])
  return null
}
