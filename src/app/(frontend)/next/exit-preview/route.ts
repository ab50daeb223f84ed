import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/domain/sameSitePath'

export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  // Anyone can follow this link: a path elsewhere would make it an open redirect.
  redirect(sameSitePath(new URL(request.url).searchParams.get('path') ?? '/') ?? '/')
}
