// A minimal Discord-like gateway on loopback for the side-by-side benchmark: answers Hello, Identify (READY),
// heartbeats (ACK) and Resume, then streams COUNT MESSAGE_REACTION_ADD dispatches as fast as the client reads
// them. Every connection gets the same stream, so the clients measured one after the other see identical frames.
// Loopback only.
//
//   node gateway.mjs <count> [port]     prints "listening ws://127.0.0.1:<port>" once ready
import { WebSocketServer } from 'ws';

const count = Number(process.argv[2] ?? 500000);
const port = Number(process.argv[3] ?? 0);

// Discord's field order (t, s, op, d); 1,000 polls (message ids), 15,000 voters, two answers. The frames are
// built once as templates whose sequence number is a fixed-width slot (JSON allows the padding spaces), so
// streaming is a copy and a few digits per frame: the gateway must never be what limits the client.
const TEMPLATES = 15000;
const SEQUENCE_WIDTH = 10;
function reaction(i) {
  const message = 1310000000000050000n + BigInt(i % 1000);
  const user = 1310000000000100000n + BigInt(i % TEMPLATES);
  const emoji = i % 3 === 0 ? '\u274c' : '\u2705';
  return `{"t":"MESSAGE_REACTION_ADD","s":${' '.repeat(SEQUENCE_WIDTH)},"op":0,"d":{"user_id":"${user}","type":0,` +
    `"message_id":"${message}","message_author_id":"1310000000000000001",` +
    `"member":{"user":{"username":"fan${i % TEMPLATES}","public_flags":0,"id":"${user}","global_name":null,"discriminator":"0","avatar":null},` +
    `"roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,"joined_at":"2025-08-01T10:00:00.000000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,"avatar":null},` +
    `"emoji":{"name":"${emoji}","id":null},"channel_id":"1310000000000000103","burst":false,"guild_id":"1310000000000000100"}}`;
}

// Each template as a whole unmasked WebSocket text frame (server to client), with where its sequence goes.
const templates = Array.from({ length: TEMPLATES }, (_, i) => {
  const payload = Buffer.from(reaction(i));
  const header = payload.length < 126
    ? Buffer.from([0x81, payload.length])
    : Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff]);
  const frame = Buffer.concat([header, payload]);
  return { frame, slot: header.length + payload.indexOf('"s":') + 4 };
});

const ready = JSON.stringify({
  t: 'READY', s: 1, op: 0,
  d: {
    v: 10, user: { id: '1310000000000000001', username: 'RumourBot', bot: true, discriminator: '0', global_name: null, avatar: null },
    guilds: [{ id: '1310000000000000100', unavailable: true }], session_id: 'bench-session',
    resume_gateway_url: 'ws://127.0.0.1:1', shard: [0, 1], application: { id: '1310000000000000002', flags: 0 },
  },
});

// Writes whole frames straight to the socket in 256 KB batches while the kernel takes them, waits for 'drain'
// otherwise (so "as fast as the client reads"). ws itself still answers heartbeats between batches.
async function stream(ws) {
  const socket = ws._socket;
  const BATCH = 256 * 1024;
  let i = 0;
  while (i < count && ws.readyState === ws.OPEN) {
    const batch = Buffer.allocUnsafe(BATCH + 4096);
    let length = 0;
    while (i < count && length < BATCH) {
      const { frame, slot } = templates[i % TEMPLATES];
      frame.copy(batch, length);
      batch.write(String(i + 2).padStart(SEQUENCE_WIDTH, ' '), length + slot, 'latin1');
      length += frame.length;
      i++;
    }
    if (!socket.write(batch.subarray(0, length))) {
      await new Promise((resolve) => { socket.once('drain', resolve); socket.once('close', resolve); });
    }
  }
}

const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false });
server.on('connection', (ws) => {
  ws.send(JSON.stringify({ t: null, s: null, op: 10, d: { heartbeat_interval: 41250 } }));
  ws.on('message', (data) => {
    const payload = JSON.parse(data.toString());
    if (payload.op === 1) ws.send(JSON.stringify({ t: null, s: null, op: 11, d: null }));
    else if (payload.op === 2) {
      ws.send(ready);
      stream(ws);
    } else if (payload.op === 6) ws.send(JSON.stringify({ t: null, s: null, op: 9, d: false }));
  });
  ws.on('error', () => {});
});
server.on('listening', () => console.log(`listening ws://127.0.0.1:${server.address().port}`));
