import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/domain/sameSitePath'

import { previewUser } from '../../_data/preview'

/** Live preview: a signed-in staff member sees the latest drafts of the storefront page given in `path`. */
export async function GET(request: Request): Promise<Response> {
  const path = sameSitePath(new URL(request.url).searchParams.get('path') ?? '/')
  if (!path) {
    return Response.json({ message: 'The preview path must be a path on this site.' }, { status: 400 })
  }
  if (!(await previewUser())) {
    return Response.json({ message: 'Sign in to the admin to preview drafts.' }, { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
