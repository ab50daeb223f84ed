'use client'
import { useEffect } from 'react'

import { useRouter } from 'next/navigation'

import { DEFAULT_REGION } from '@/domain/regions'

// The form is re-mounted for each search (so Back shows the right values): keep the keyboard focus.
let focusAfterNavigation: string | null = null

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
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form) return
    if (focusAfterNavigation) {
      form.querySelector<HTMLElement>(focusAfterNavigation)?.focus()
      focusAfterNavigation = null
    }
    const apply = () => {
      const params = new URLSearchParams()
      for (const [key, value] of new FormData(form)) {
        const isDefault = (key === 'sort' && value === 'newest') || (key === 'region' && value === DEFAULT_REGION)
        if (typeof value === 'string' && value.trim() !== '' && !isDefault) params.append(key, value.trim())
      }
      const query = params.toString()
      if (`?${query}` === window.location.search || (!query && !window.location.search)) return
      focusAfterNavigation = selectorFor(document.activeElement)
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
    const onBlur = (event: FocusEvent) => {
      if (event.target instanceof HTMLInputElement && ['search', 'number'].includes(event.target.type)) apply()
    }
    form.addEventListener('change', onChange)
    form.addEventListener('keydown', onKey)
    form.addEventListener('focusout', onBlur)
    return () => {
      form.removeEventListener('change', onChange)
      form.removeEventListener('keydown', onKey)
      form.removeEventListener('focusout', onBlur)
    }
  }, [formId, action, router])
  return null
}
