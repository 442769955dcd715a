// discord.js 14 as a second real client against FakeDiscord, driven by tests/FakeDiscord.Tests (DiscordJsClientTests).
// It logs in with REST and the gateway pointed at the fake, registers two guild commands, answers slash commands and
// autocomplete, reacts to its own reply and reports every step as one JSON line on stdout.
// Environment: FAKE_DISCORD_API (e.g. http://127.0.0.1:5005/api, no version), DISCORD_TOKEN, GUILD_ID.
// A line "quit" on stdin logs out and exits 0.
'use strict';

const readline = require('node:readline');
const { Client, GatewayIntentBits, Partials, Events, ApplicationCommandOptionType } = require('discord.js');

const api = process.env.FAKE_DISCORD_API;
const token = process.env.DISCORD_TOKEN;
const guildId = process.env.GUILD_ID;
if (!api || !token || !guildId) {
  console.error('Set FAKE_DISCORD_API, DISCORD_TOKEN and GUILD_ID.');
  process.exit(2);
}

function report(event, fields = {}) {
  process.stdout.write(JSON.stringify({ event, ...fields }) + '\n');
}

const client = new Client({
  // What RumourBot asks for too: no privileged intent.
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.GuildMessageReactions],
  partials: [Partials.Message, Partials.Reaction, Partials.User],
  // REST goes to the fake; the gateway URL comes from the fake's GET /gateway/bot.
  rest: { api },
});

client.on(Events.Warn, message => report('warn', { message: String(message) }));
client.on(Events.Error, error => report('error', { message: String(error && error.message) }));
client.on(Events.ShardError, error => report('error', { message: String(error && error.message) }));

client.on('raw', packet => {
  if (packet.t === 'MESSAGE_REACTION_ADD') {
    report('raw_reaction_add', { message_id: packet.d.message_id, user_id: packet.d.user_id, emoji: packet.d.emoji.name });
  }
});

client.once(Events.ClientReady, async ready => {
  try {
    await ready.application.commands.set([
      { name: 'ping', description: 'Is discord.js there?' },
      {
        name: 'rumour',
        description: 'Look up a rumour',
        options: [{ name: 'player', description: 'Who', type: ApplicationCommandOptionType.String, autocomplete: true, required: true }],
      },
    ], guildId);
    report('ready', { user: ready.user.id, guilds: [...ready.guilds.cache.keys()], channels: ready.channels.cache.size });
  } catch (error) {
    report('error', { message: `registering commands: ${error.message}` });
  }
});

client.on(Events.InteractionCreate, async interaction => {
  try {
    if (interaction.isAutocomplete()) {
      const typed = String(interaction.options.getFocused());
      const players = ['Trent Alexander-Arnold', 'Trent Boult', 'Kylian Mbappé'].filter(p => p.toLowerCase().includes(typed.toLowerCase()));
      await interaction.respond(players.map(p => ({ name: p, value: p })));
      report('autocomplete', { id: interaction.id, typed, choices: players.length });
    } else if (interaction.isChatInputCommand()) {
      await interaction.reply({ content: `pong from discord.js (${interaction.id})`, allowedMentions: { parse: [] } });
      const reply = await interaction.fetchReply();
      await reply.react('✅');
      report('replied', { id: interaction.id, message: reply.id, channel: reply.channelId });
    }
  } catch (error) {
    report('error', { message: `interaction ${interaction.id}: ${error.message}`, code: error.code });
  }
});

client.on(Events.MessageReactionAdd, (reaction, user) => {
  report('reaction_add', { message_id: reaction.message.id, user_id: user.id, emoji: reaction.emoji.name, me: user.id === client.user.id });
});

readline.createInterface({ input: process.stdin }).on('line', async line => {
  if (line.trim() === 'quit') {
    await client.destroy();
    report('quit');
    process.exit(0);
  }
});

client.login(token).catch(error => {
  report('error', { message: `login: ${error.message}` });
  process.exit(1);
});
