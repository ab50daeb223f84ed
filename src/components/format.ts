// The storefront's formatters live in one module shared with the e-mails and the paperwork.
export * from '@/domain/format'
