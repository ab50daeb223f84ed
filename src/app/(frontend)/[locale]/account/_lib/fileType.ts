import { DOCUMENT_MIME_TYPES } from '@/domain/documentFiles'

export { DOCUMENT_MAX_BYTES, documentFileName, sniffDocumentType } from '@/domain/documentFiles'
export const DOCUMENT_ACCEPT = DOCUMENT_MIME_TYPES.join(',')
