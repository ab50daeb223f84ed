import { beforeEach, describe, expect, it, vi } from 'vitest'

import { GET as exitPreview } from '@/app/(frontend)/next/exit-preview/route'
import { GET as preview } from '@/app/(frontend)/next/preview/route'

const draft = { enable: vi.fn(), disable: vi.fn() }
vi.mock('next/headers', () => ({ draftMode: async () => draft }))
vi.mock('@/app/(frontend)/_data/preview', () => ({ previewUser: async () => ({ id: 'staff' }) }))

/** Where the route sends the browser: Next.js's redirect() throws the target in its digest. */
async function target(response: Promise<Response>): Promise<string | number> {
  try {
    return (await response).status
  } catch (error) {
    const digest = String((error as { digest?: string }).digest)
    if (!digest.startsWith('NEXT_REDIRECT;')) throw error
    return digest.split(';')[2]!
  }
}

const call = (route: (request: Request) => Promise<Response>, path: string) =>
  target(route(new Request(`http://localhost:3000/next/x?path=${encodeURIComponent(path)}`)))

const OFF_SITE = [
  '/%5Cevil.example',
  '/\\evil.example',
  '//evil.example',
  'https://evil.example',
  '/%2F%2Fevil.example',
]

describe('preview routes', () => {
  beforeEach(() => vi.clearAllMocks())

  it.each(OFF_SITE)('exit-preview sends %j home, not off the site', async (path) => {
    expect(await call(exitPreview, path)).toBe('/')
    expect(draft.disable).toHaveBeenCalled()
  })

  it('exit-preview returns to the page that was previewed', async () => {
    expect(await call(exitPreview, '/ok/path?x=1')).toBe('/ok/path?x=1')
  })

  it.each(OFF_SITE)('preview refuses %j', async (path) => {
    expect(await call(preview, path)).toBe(400)
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it('preview opens a page of the site in draft mode', async () => {
    expect(await call(preview, '/ok/path?x=1')).toBe('/ok/path?x=1')
    expect(draft.enable).toHaveBeenCalled()
  })
})
