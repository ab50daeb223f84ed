import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import { CLIENT_ADDRESS_MARK, resolveClientAddress, type AddressRange } from '@/security/clientAddress'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/**
 * Rewrites what a request says about its sender before the handler (Next.js) sees it:
 * X-Forwarded-For becomes the single address resolved from the socket and the trusted proxies,
 * X-Real-IP from outside is dropped. Next.js only fills X-Forwarded-For when the client sent none,
 * so without this a client chooses the address every rate limit counts under.
 */
export function withClientAddress(handler: Handler, ranges: AddressRange[]): Handler {
  return (request, response) => {
    const address = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], ranges)
    delete request.headers['x-real-ip']
    if (address) request.headers['x-forwarded-for'] = address
    else delete request.headers['x-forwarded-for']
    return handler(request, response)
  }
}

export function createClientAddressServer(handler: Handler, ranges: AddressRange[]): Server {
  process.env[CLIENT_ADDRESS_MARK] = '1'
  return createServer(withClientAddress(handler, ranges))
}
