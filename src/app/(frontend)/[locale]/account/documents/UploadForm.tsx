'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState, useState, type ChangeEvent, type FormEvent } from 'react'

import { FormMessage, describe } from '../_components/Field'
import { SelectField } from '../_components/SelectField'
import { SubmitButton } from '../_components/SubmitButton'
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_BYTES } from '../_lib/fileType'
import { initialFormState } from '../_lib/formState'
import { uploadDocument } from '../actions/uploadDocument'
import styles from '../account.module.css'

/**
 * Type + file. A file over the size cap is stopped here, before minutes of uploading; the server checks
 * size and real type again whatever the browser did.
 */
export function UploadForm({ types }: { types: { value: string; label: string }[] }) {
  const t = useTranslations('account.upload')
  const locale = useLocale()
  const [state, action] = useActionState(uploadDocument, initialFormState)
  const [tooLarge, setTooLarge] = useState(false)
  const fileError = tooLarge ? t('tooLarge') : state.errors?.file
  const file = describe({ name: 'file', id: 'upload-file', error: fileError, hint: true })

  const check = (event: ChangeEvent<HTMLInputElement>) =>
    setTooLarge((event.target.files?.[0]?.size ?? 0) > DOCUMENT_MAX_BYTES)
  const stopIfTooLarge = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null
    if ((input?.files?.[0]?.size ?? 0) > DOCUMENT_MAX_BYTES) {
      event.preventDefault()
      setTooLarge(true)
      input?.focus()
    }
  }

  return (
    <form action={action} onSubmit={stopIfTooLarge} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <SelectField
        name="type"
        id="upload-type"
        label={t('type')}
        options={types}
        placeholder={t('typeChoose')}
        required
        defaultValue={state.values?.type ?? ''}
        error={state.errors?.type}
      />
      <div className="field">
        <label htmlFor={file.control}>{t('file')}</label>
        <input
          id={file.control}
          name="file"
          type="file"
          accept={DOCUMENT_ACCEPT}
          required
          onChange={check}
          {...file.aria}
          className={styles.fileInput}
        />
        <span className="hint" id={file.hintId}>
          {t('fileHint')}
        </span>
        {fileError && (
          <span className="error" id={file.errorId}>
            {fileError}
          </span>
        )}
      </div>
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}
