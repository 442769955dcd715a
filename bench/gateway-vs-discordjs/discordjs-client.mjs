// @discordjs/ws as a bot would run it, against the benchmark gateway: identify, then route each
// MESSAGE_REACTION_ADD to its poll (a Map keyed by message id) and count it; print the same line as ours.
//
//   node discordjs-client.mjs <ws-url> <count>
import { WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';

const [url, countArg] = process.argv.slice(2);
const count = Number(countArg);
const gatewayBot = {
  url, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 86400000, max_concurrency: 1 },
};
// The only REST call @discordjs/ws makes is GET /gateway/bot; answer it locally (no network, no token).
const rest = { get: async () => gatewayBot };

const manager = new WebSocketManager({ token: 'bench-token', intents: 1025, rest, shardCount: 1 });
const polls = new Map();
let routed = 0;
let started = 0n;
manager.on(WebSocketShardEvents.Dispatch, (payload) => {
  if (payload.t !== 'MESSAGE_REACTION_ADD') return;
  if (routed === 0) started = process.hrtime.bigint();
  const d = payload.d;
  if (d.emoji.name !== null && d.user_id) polls.set(d.message_id, (polls.get(d.message_id) ?? 0) + 1);
  if (++routed === count) {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${count} dispatches in ${Math.round(ms)} ms: ${Math.round(count / (ms / 1000))} dispatches/s`);
    manager.destroy().finally(() => process.exit(0));
  }
});
await manager.connect();
