import http from 'node:http'

/**
 * A small load balancer for the cluster test and bench: round-robin over the instances, and an
 * idempotent request (GET, HEAD) whose instance fails before answering completely (refused, reset,
 * closed mid-body) is sent again to the next one. Responses are buffered whole before the client
 * gets a byte, so a retried request never shows the client half of a page.
 */
export interface ClusterProxy {
  url: string
  port: number
  /** Requests sent again after an instance failed them. */
  retries: number
  /** Requests answered per upstream port. */
  answeredBy: Map<number, number>
  close(): Promise<void>
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS'])
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'])

type Upstream = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function forward(
  agent: http.Agent,
  port: number,
  request: http.IncomingMessage,
  body: Buffer,
  clientAddress: string,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers }
    for (const name of HOP_BY_HOP) delete headers[name]
    const forwarded = request.headers['x-forwarded-for']
    headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${clientAddress}` : clientAddress
    headers['content-length'] = String(body.length)
    const upstream = http.request(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          if (!response.complete) reject(new Error('upstream closed mid-body'))
          else resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) })
        })
        response.on('error', reject)
        response.on('aborted', () => reject(new Error('upstream aborted')))
      },
    )
    upstream.on('error', reject)
    upstream.end(body)
  })
}

export async function startProxy(options: { port: number; upstreams: number[] }): Promise<ClusterProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  let next = 0
  const state = { retries: 0, answeredBy: new Map<number, number>() }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const attempts = IDEMPOTENT.has(request.method ?? '') ? options.upstreams.length : 1
    const first = next++ % options.upstreams.length
    let lastError: Error | undefined
    for (let attempt = 0; attempt < attempts; attempt++) {
      const port = options.upstreams[(first + attempt) % options.upstreams.length]!
      try {
        const answer = await forward(agent, port, request, body, request.socket.remoteAddress ?? '127.0.0.1')
        state.answeredBy.set(port, (state.answeredBy.get(port) ?? 0) + 1)
        const headers = { ...answer.headers }
        for (const name of HOP_BY_HOP) delete headers[name]
        headers['content-length'] = String(answer.body.length)
        response.writeHead(answer.status, headers)
        response.end(answer.body)
        return
      } catch (error) {
        lastError = error as Error
        if (attempt + 1 < attempts) state.retries += 1
      }
    }
    response.writeHead(502, { 'content-type': 'text/plain' })
    response.end(`No instance answered: ${lastError?.message ?? 'unknown error'}`)
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    get retries() {
      return state.retries
    },
    answeredBy: state.answeredBy,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      }),
  }
}
