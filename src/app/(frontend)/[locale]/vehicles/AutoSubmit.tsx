'use client'
import { useEffect, useLayoutEffect } from 'react'

import { useRouter } from 'next/navigation'

import { DEFAULT_REGION } from '@/domain/regions'

// The page, this form with it, is mounted afresh for each search (so Back shows the right values).
// What the visitor was doing carries over: the keyboard focus, the open filter panel and the place
// on the page (a panel folding away would shorten the page and drop them elsewhere).
let focusAfterNavigation: string | null = null
let placeAfterNavigation: { panelOpen: boolean; scrollY: number; lists: Record<string, number> } | null = null

/** How far each facet's own scrolling list (makes, countries…) was scrolled, by facet. */
function listScrolls(form: HTMLFormElement): Record<string, number> {
  const scrolls: Record<string, number> = {}
  for (const list of form.querySelectorAll('ul')) {
    const facet = list.querySelector('input')?.name
    if (facet && list.scrollTop) scrolls[facet] = list.scrollTop
  }
  return scrolls
}

function selectorFor(element: Element | null): string | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) return null
  if (element.id) return `#${CSS.escape(element.id)}`
  return `[name="${CSS.escape(element.name)}"][value="${CSS.escape(element.value)}"]`
}

/**
 * Applies a filter as soon as it changes: the form's values become the URL (empty ones left out),
 * pushed to history so the back button returns to the previous search.
 */
export function AutoSubmit({ formId, action }: { formId: string; action: string }) {
  const router = useRouter()
  // Before the first paint of the new results, so the panel never shows closed and the page never jumps.
  useLayoutEffect(() => {
    const place = placeAfterNavigation
    placeAfterNavigation = null
    const form = document.getElementById(formId)
    const panel = form?.querySelector('details')
    if (!place || !form || !panel) return
    if (place.panelOpen) panel.open = true
    for (const list of form.querySelectorAll('ul')) {
      const facet = list.querySelector('input')?.name
      if (facet && place.lists[facet]) list.scrollTop = place.lists[facet]
    }
    if (window.scrollY !== place.scrollY) window.scrollTo({ top: place.scrollY, behavior: 'instant' })
    // The router may still move the page while the rest of the new results stream in (seen on the
    // English pages): hold the place for a moment, unless the visitor scrolls themselves.
    let held = true
    const release = () => (held = false)
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
    for (const event of events) window.addEventListener(event, release, { once: true, passive: true })
    const until = performance.now() + 800
    const hold = () => {
      if (!held) return
      if (Math.abs(window.scrollY - place.scrollY) > 1) window.scrollTo({ top: place.scrollY, behavior: 'instant' })
      if (performance.now() < until) requestAnimationFrame(hold)
      else release()
    }
    requestAnimationFrame(hold)
    return () => {
      release()
      for (const event of events) window.removeEventListener(event, release)
    }
  }, [formId])
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form) return
    if (focusAfterNavigation) {
      form.querySelector<HTMLElement>(focusAfterNavigation)?.focus({ preventScroll: true })
      focusAfterNavigation = null
    }
    // Leaving a changed field then pressing Apply asks twice for the same search: go there once.
    let requested: string | null = null
    const apply = () => {
      const params = new URLSearchParams()
      for (const [key, value] of new FormData(form)) {
        const isDefault = (key === 'sort' && value === 'newest') || (key === 'region' && value === DEFAULT_REGION)
        if (typeof value === 'string' && value.trim() !== '' && !isDefault) params.append(key, value.trim())
      }
      const query = params.toString()
      if (`?${query}` === window.location.search || (!query && !window.location.search) || query === requested) return
      requested = query
      focusAfterNavigation = selectorFor(document.activeElement)
      placeAfterNavigation = {
        panelOpen: Boolean(form.querySelector('details')?.open),
        scrollY: window.scrollY,
        lists: listScrolls(form),
      }
      router.push(`${action}${query ? `?${query}` : ''}`, { scroll: false })
    }
    const onChange = (event: Event) => {
      // Free text is applied on Enter or when leaving the field, not at each keystroke.
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return
      apply()
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') {
        event.preventDefault()
        apply()
      }
    }
    // The Apply button too: a full page load would fold the panel and lose the place.
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      apply()
    }
    const onBlur = (event: FocusEvent) => {
      if (event.target instanceof HTMLInputElement && ['search', 'number'].includes(event.target.type)) apply()
    }
    form.addEventListener('change', onChange)
    form.addEventListener('keydown', onKey)
    form.addEventListener('focusout', onBlur)
    form.addEventListener('submit', onSubmit)
    return () => {
      form.removeEventListener('submit', onSubmit)
      form.removeEventListener('change', onChange)
      form.removeEventListener('keydown', onKey)
      form.removeEventListener('focusout', onBlur)
    }
  }, [formId, action, router])
  return null
}
