using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeDiscord.Interactions;
using FakeDiscord.Model;
using FakeDiscord.Rest;
using FakeDiscord.Support;

namespace FakeDiscord.Scripting;

/// <summary>
/// Runs a scenario against a bot connected to a <see cref="FakeDiscordServer"/>: a JSON array of steps, started
/// once the bot's session is READY. Steps:
/// <c>{"dispatch": "EVENT", "d": {...}}</c>,
/// <c>{"wait_ms": N}</c>,
/// <c>{"expect": {"method": "POST", "path": "regex", "status"?: 200, "body"?: "regex"}, "within_ms": N, "capture"?: "name"}</c>,
/// <c>{"interaction": {...data...}, "type"?: 2, "user_id"?, "channel_id"?, "capture"?: "name"}</c>,
/// <c>{"reaction": {"channel_id", "message_id", "emoji", "user_id"}}</c>, <c>{"remove_reaction": {...}}</c>,
/// <c>{"message": {"channel_id", "user_id", "content"}, "capture"?: "name"}</c>.
/// <c>{{name}}</c> in any string is replaced by a captured id; <c>{{guild_id}}</c>, <c>{{channel_id}}</c>,
/// <c>{{bot_id}}</c> and <c>{{application_id}}</c> are predefined.
/// </summary>
public sealed partial class ScriptRunner(FakeDiscordServer server, TextWriter output)
{
    private readonly Dictionary<string, string> _captures = new(StringComparer.Ordinal);
    private int _cursor;

    /// <summary>Reads a script file: a JSON array of step objects.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array of objects.</exception>
    public static JsonArray Load(string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {ex.Message}", ex);
        }

        if (node is not JsonArray steps || steps.Any(s => s is not JsonObject))
        {
            throw new InvalidDataException($"{path} must hold a JSON array of step objects.");
        }

        return steps;
    }

    /// <summary>Waits for READY, then runs the steps in order, stopping at the first that does not hold.</summary>
    /// <returns>True when every step held.</returns>
    public async Task<bool> RunAsync(JsonArray steps, TimeSpan readyTimeout, CancellationToken cancellationToken = default)
    {
        await output.WriteLineAsync("Waiting for the bot's session to be READY...").ConfigureAwait(false);
        try
        {
            var session = await server.WaitForSessionAsync(readyTimeout, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Session {session.SessionId} is READY.").ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await output.WriteLineAsync($"FAIL: no session became READY within {readyTimeout.TotalSeconds:0} s.").ConfigureAwait(false);
            return false;
        }

        SeedCaptures();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = (JsonObject)steps[i]!;
            string outcome;
            try
            {
                outcome = await RunStepAsync(step, cancellationToken).ConfigureAwait(false);
            }
            catch (StepFailedException ex)
            {
                await output.WriteLineAsync($"FAIL step {i + 1}: {ex.Message}").ConfigureAwait(false);
                return false;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or TimeoutException)
            {
                await output.WriteLineAsync($"FAIL step {i + 1}: {ex.Message}").ConfigureAwait(false);
                return false;
            }

            await output.WriteLineAsync($"ok   step {i + 1}: {outcome}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"All {steps.Count} steps held.").ConfigureAwait(false);
        return true;
    }

    private void SeedCaptures()
    {
        var options = server.Options;
        _captures["bot_id"] = DiscordObjects.Id(options.BotUser.Id);
        _captures["application_id"] = DiscordObjects.Id(options.ApplicationId);
        if (options.Guilds.FirstOrDefault() is { } guild)
        {
            _captures["guild_id"] = DiscordObjects.Id(guild.Id);
            if (guild.Channels.FirstOrDefault(c => c.IsTextBased) is { } channel)
            {
                _captures["channel_id"] = DiscordObjects.Id(channel.Id);
            }
        }
    }

    private async Task<string> RunStepAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (JsonRead.GetString(step["dispatch"]) is { } eventName)
        {
            var dropped = server.DroppedDispatches.Count;
            var sequence = await server.DispatchAsync(eventName, Substitute(step["d"])).ConfigureAwait(false);
            return sequence > 0
                ? $"dispatched {eventName} (s={sequence})"
                : $"not dispatched {eventName}: {server.DroppedDispatches.Skip(dropped).FirstOrDefault()?.Reason ?? "dropped"} (Discord would not send it)";
        }

        if (step.ContainsKey("wait_ms"))
        {
            var wait = Milliseconds(step, "wait_ms");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            return $"waited {wait.TotalMilliseconds:0} ms";
        }

        if (step["expect"] is JsonObject expect)
        {
            return await ExpectAsync(step, expect, cancellationToken).ConfigureAwait(false);
        }

        if (step["interaction"] is JsonObject interaction)
        {
            return await InteractAsync(step, interaction, cancellationToken).ConfigureAwait(false);
        }

        if (step["reaction"] is JsonObject reaction)
        {
            var (channel, message, emoji, user) = ReadReaction(reaction);
            await server.AddReactionAsync(channel, message, emoji, user).ConfigureAwait(false);
            return $"user {user} reacted {emoji} on message {message}";
        }

        if (step["remove_reaction"] is JsonObject removal)
        {
            var (channel, message, emoji, user) = ReadReaction(removal);
            await server.RemoveReactionAsync(channel, message, emoji, user).ConfigureAwait(false);
            return $"user {user} removed {emoji} from message {message}";
        }

        if (step["message"] is JsonObject post)
        {
            var fields = (JsonObject)Substitute(post)!;
            var sent = await server.PostUserMessageAsync(
                Id(fields, "channel_id"), Id(fields, "user_id"), JsonRead.GetString(fields["content"]) ?? string.Empty).ConfigureAwait(false);
            Capture(step, sent.Id);
            return $"user message {sent.Id} posted";
        }

        throw new StepFailedException($"unknown step {step.ToJsonString()}");
    }

    private async Task<string> ExpectAsync(JsonObject step, JsonObject expect, CancellationToken cancellationToken)
    {
        var method = JsonRead.GetString(expect["method"])?.ToUpperInvariant();
        var path = JsonRead.GetString(expect["path"]) is { } pathPattern ? new Regex(Substitute(pathPattern)) : null;
        var body = JsonRead.GetString(expect["body"]) is { } bodyPattern ? new Regex(Substitute(bodyPattern)) : null;
        int? status = JsonRead.TryGetInteger(expect["status"], out var s) ? (int)s : null;
        var within = step.ContainsKey("within_ms") ? Milliseconds(step, "within_ms") : TimeSpan.FromSeconds(5);
        var description = $"{method ?? "ANY"} {path?.ToString() ?? "any path"}";
        RecordedRequest found;
        try
        {
            var requests = server.RequestLog;
            (found, var index) = await requests.WaitAsync(
                r => (method is null || r.Method == method)
                     && (path is null || path.IsMatch(r.Path))
                     && (status is null || r.Status == status)
                     && (body is null || (r.Body is { } b && body.IsMatch(b.GetRawText()))),
                _cursor, within, cancellationToken).ConfigureAwait(false);
            _cursor = index + 1;
        }
        catch (TimeoutException)
        {
            var seen = server.Requests.Skip(_cursor).Select(r => $"{r.Method} {r.Path} -> {r.Status}").ToArray();
            throw new StepFailedException(
                $"expected {description} within {within.TotalMilliseconds:0} ms; requests since the last match: "
                + (seen.Length == 0 ? "none" : string.Join("; ", seen)));
        }

        if (JsonRead.GetString(step["capture"]) is { } name)
        {
            if (found.CreatedMessageId is not { } created)
            {
                throw new StepFailedException($"{found.Method} {found.Path} matched but created no message to capture as '{name}'");
            }

            _captures[name] = DiscordObjects.Id(created);
            return $"saw {found.Method} {found.Path} -> {found.Status}; {name} = {created}";
        }

        return $"saw {found.Method} {found.Path} -> {found.Status}";
    }

    private async Task<string> InteractAsync(JsonObject step, JsonObject data, CancellationToken cancellationToken)
    {
        var fields = (JsonObject)Substitute(step)!;
        var request = new InteractionRequest(fields["interaction"]!)
        {
            Type = JsonRead.TryGetInteger(fields["type"], out var type) ? (int)type : 2,
            UserId = fields.ContainsKey("user_id") ? Id(fields, "user_id") : null,
            ChannelId = fields.ContainsKey("channel_id") ? Id(fields, "channel_id") : null,
            GuildId = fields.ContainsKey("guild_id") ? Id(fields, "guild_id") : null,
            MessageId = fields.ContainsKey("message_id") ? Id(fields, "message_id") : null,
        };
        var result = await server.SendInteractionAsync(request, cancellationToken).ConfigureAwait(false);
        Capture(step, result.Id);
        return $"sent interaction {result.Id} ({JsonRead.GetString(data["name"]) ?? JsonRead.GetString(data["custom_id"]) ?? "no name"})";
    }

    private (ulong Channel, ulong Message, string Emoji, ulong User) ReadReaction(JsonObject reaction)
    {
        var fields = (JsonObject)Substitute(reaction)!;
        return (Id(fields, "channel_id"), Id(fields, "message_id"),
            JsonRead.GetString(fields["emoji"]) ?? throw new StepFailedException("reaction needs an emoji"), Id(fields, "user_id"));
    }

    private void Capture(JsonObject step, ulong id)
    {
        if (JsonRead.GetString(step["capture"]) is { } name)
        {
            _captures[name] = DiscordObjects.Id(id);
        }
    }

    private static ulong Id(JsonObject fields, string name) =>
        JsonRead.TryGetSnowflake(fields[name], out var id) ? id : throw new StepFailedException($"'{name}' must be a snowflake, got {fields[name]?.ToJsonString() ?? "nothing"}");

    private static TimeSpan Milliseconds(JsonObject step, string name) =>
        JsonRead.TryGetInteger(step[name], out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : throw new StepFailedException($"'{name}' must be a non-negative number of milliseconds");

    private JsonNode? Substitute(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Substitute(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Substitute).ToArray()),
        JsonValue value when JsonRead.GetString(value) is { } text => JsonValue.Create(Substitute(text)),
        _ => node.DeepClone(),
    };

    private string Substitute(string text) => Placeholder().Replace(text, match =>
        _captures.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new StepFailedException($"nothing captured as '{match.Groups[1].Value}'"));

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}")]
    private static partial Regex Placeholder();

    private sealed class StepFailedException(string message) : Exception(message);
}
