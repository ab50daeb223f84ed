'use client'
import { useEffect } from 'react'

/** Submits a small GET form as soon as one of its fields changes. */
export function SubmitOnChange({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    const submit = () => form?.requestSubmit()
    form?.addEventListener('change', submit)
    return () => form?.removeEventListener('change', submit)
  }, [formId])
  return null
}
