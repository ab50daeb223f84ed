export type PayloadErrorShape = { status?: number; message: string; errors: { path: string; message: string }[] }

/**
 * Payload's errors read by their shape (HTTP status, field errors). In the production bundle class
 * names are minified and the Payload instance may come from another module copy than ours, so
 * neither `instanceof` nor `error.name` can be trusted.
 */
export function readPayloadError(error: unknown): PayloadErrorShape | null {
  if (!error || typeof error !== 'object') return null
  const shape = error as { status?: unknown; message?: unknown; data?: { errors?: unknown } | null }
  const errors = Array.isArray(shape.data?.errors)
    ? (shape.data.errors as unknown[]).filter(
        (item): item is { path: string; message: string } =>
          Boolean(item) &&
          typeof (item as { path?: unknown }).path === 'string' &&
          typeof (item as { message?: unknown }).message === 'string',
      )
    : []
  return {
    status: typeof shape.status === 'number' ? shape.status : undefined,
    message: typeof shape.message === 'string' ? shape.message : '',
    errors,
  }
}

export const payloadStatus = (error: unknown): number | undefined => readPayloadError(error)?.status
