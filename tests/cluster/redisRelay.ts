import net from 'node:net'

/**
 * A TCP relay to Redis that the test can cut and restore: an instance that reaches Redis through it
 * sees an outage (connections dropped, new ones refused) without touching the Redis others share.
 */
export interface RedisRelay {
  url: string
  cut(): Promise<void>
  restore(): Promise<void>
  close(): Promise<void>
}

export async function startRedisRelay(options: { port: number; target: string }): Promise<RedisRelay> {
  const target = new URL(options.target)
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => {})
        }
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      server.once('error', reject)
      server.listen(options.port, '127.0.0.1', () => resolve())
    })
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      if (!server) return resolve()
      server.close(() => resolve())
      server = undefined
    })

  await listen()
  return {
    url: `redis://127.0.0.1:${options.port}${target.pathname}`,
    cut,
    restore: listen,
    close: cut,
  }
}
