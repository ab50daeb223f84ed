export { invoicePdf } from './invoicePdf'
export { invoiceSections, lineCategory } from './invoiceSections'
export { receiptPdf } from './receiptPdf'
export type * from './types'
