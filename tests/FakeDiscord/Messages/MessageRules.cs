using System.Text.Json.Nodes;
using FakeDiscord.Rest;
using FakeDiscord.Support;

namespace FakeDiscord.Messages;

/// <summary>Discord's documented limits on a message body, reported as 50035 form errors.</summary>
internal static class MessageRules
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxEmbedTotal = 6000;

    public static FormErrors Validate(JsonObject body, MessageKind kind)
    {
        var errors = new FormErrors();
        ValidateContent(body, errors);
        ValidateEmbeds(body, errors);
        ValidateAllowedMentions(body, errors);
        ValidateFlags(body, kind, errors);
        ValidateComponents(body, errors);
        ValidateNonce(body, errors);
        ValidatePoll(body, errors);
        if (body["sticker_ids"] is JsonArray { Count: > 3 })
        {
            errors.MaxLength("sticker_ids", 3);
        }

        return errors;
    }

    /// <summary>Whether a new message would have something to show (else 50006).</summary>
    public static bool HasPayload(JsonObject body) =>
        (JsonRead.GetString(body["content"]) is { Length: > 0 } content && content.Trim().Length > 0)
        || body["embeds"] is JsonArray { Count: > 0 }
        || body["sticker_ids"] is JsonArray { Count: > 0 }
        || body["components"] is JsonArray { Count: > 0 }
        || body["attachments"] is JsonArray { Count: > 0 }
        || body["poll"] is JsonObject;

    private static void ValidateContent(JsonObject body, FormErrors errors)
    {
        if (body["content"] is not { } content)
        {
            return;
        }

        if (JsonRead.GetString(content) is not { } text)
        {
            errors.NotString("content");
        }
        else if (JsonRead.Length(text) > MaxContent)
        {
            errors.MaxLength("content", MaxContent);
        }
    }

    private static void ValidateEmbeds(JsonObject body, FormErrors errors)
    {
        if (body["embeds"] is not { } node)
        {
            return;
        }

        if (node is not JsonArray embeds)
        {
            errors.Add("embeds", "BASE_TYPE_ARRAY", "Must be an array.");
            return;
        }

        if (embeds.Count > MaxEmbeds)
        {
            errors.MaxLength("embeds", MaxEmbeds);
            return;
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var path = $"embeds.{i}";
            if (embeds[i] is not JsonObject embed)
            {
                errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            total += Text(embed, "title", 256, path, errors);
            total += Text(embed, "description", 4096, path, errors);
            Text(embed, "url", 2048, path, errors);
            if (embed["color"] is { } color && (!JsonRead.TryGetInteger(color, out var rgb) || rgb is < 0 or > 0xFFFFFF))
            {
                errors.Add($"{path}.color", "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.");
            }

            if (embed["fields"] is JsonArray fields)
            {
                if (fields.Count > 25)
                {
                    errors.MaxLength($"{path}.fields", 25);
                }

                for (var f = 0; f < fields.Count; f++)
                {
                    var fieldPath = $"{path}.fields.{f}";
                    if (fields[f] is not JsonObject field)
                    {
                        errors.Add(fieldPath, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                        continue;
                    }

                    total += RequiredText(field, "name", 256, fieldPath, errors);
                    total += RequiredText(field, "value", 1024, fieldPath, errors);
                }
            }

            if (embed["footer"] is JsonObject footer)
            {
                total += RequiredText(footer, "text", 2048, $"{path}.footer", errors);
            }

            if (embed["author"] is JsonObject author)
            {
                total += RequiredText(author, "name", 256, $"{path}.author", errors);
            }
        }

        if (total > MaxEmbedTotal)
        {
            errors.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", $"Embed size exceeds maximum size of {MaxEmbedTotal}");
        }
    }

    /// <summary>Checks an optional string's length; returns its trimmed length toward the 6000 total.</summary>
    private static int Text(JsonObject owner, string name, int max, string path, FormErrors errors)
    {
        if (owner[name] is not { } node)
        {
            return 0;
        }

        if (JsonRead.GetString(node) is not { } text)
        {
            errors.NotString($"{path}.{name}");
            return 0;
        }

        if (JsonRead.Length(text) > max)
        {
            errors.MaxLength($"{path}.{name}", max);
        }

        return JsonRead.Length(text.Trim());
    }

    private static int RequiredText(JsonObject owner, string name, int max, string path, FormErrors errors)
    {
        if (owner[name] is null)
        {
            errors.Required($"{path}.{name}");
            return 0;
        }

        return Text(owner, name, max, path, errors);
    }

    private static void ValidateAllowedMentions(JsonObject body, FormErrors errors)
    {
        if (body["allowed_mentions"] is not JsonObject mentions || mentions["parse"] is not JsonArray parse)
        {
            return;
        }

        foreach (var kind in new[] { "users", "roles" })
        {
            if (parse.Any(p => JsonRead.GetString(p) == kind) && mentions[kind] is JsonArray { Count: > 0 })
            {
                errors.Add(
                    "allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    $"parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive.");
            }
        }
    }

    private static void ValidateFlags(JsonObject body, MessageKind kind, FormErrors errors)
    {
        if (body["flags"] is not { } node)
        {
            return;
        }

        if (!JsonRead.TryGetInteger(node, out var flags))
        {
            errors.Add("flags", "NUMBER_TYPE_COERCE", $"Value \"{node.ToJsonString()}\" is not int.");
        }
        else if ((flags & ~(long)MessageFlags.Settable(kind)) != 0)
        {
            errors.Add("flags", "MESSAGE_FLAGS_INVALID", $"Flags {flags} cannot be set here (allowed bits: {MessageFlags.Settable(kind)}).");
        }
    }

    private static void ValidateComponents(JsonObject body, FormErrors errors)
    {
        if (body["components"] is not JsonArray components)
        {
            return;
        }

        var v2 = JsonRead.TryGetInteger(body["flags"], out var flags) && (flags & MessageFlags.IsComponentsV2) != 0;
        if (!v2 && components.Count > 5)
        {
            errors.MaxLength("components", 5);
        }
        else if (v2 && components.Count > 40)
        {
            errors.MaxLength("components", 40);
        }

        if (v2 && (JsonRead.GetString(body["content"]) is { Length: > 0 } || body["embeds"] is JsonArray { Count: > 0 } || body["poll"] is JsonObject))
        {
            errors.Add(string.Empty, "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                "The 'content', 'embeds' and 'poll' fields cannot be used when IS_COMPONENTS_V2 is set.");
        }
    }

    private static void ValidateNonce(JsonObject body, FormErrors errors)
    {
        if (body["nonce"] is { } nonce && JsonRead.GetString(nonce) is { } text && text.Length > 25)
        {
            errors.MaxLength("nonce", 25);
        }
    }

    private static void ValidatePoll(JsonObject body, FormErrors errors)
    {
        if (body["poll"] is not JsonObject poll)
        {
            return;
        }

        if (poll["question"] is not JsonObject question || JsonRead.GetString(question["text"]) is not { } text)
        {
            errors.Required("poll.question.text");
        }
        else if (JsonRead.Length(text) > 300)
        {
            errors.MaxLength("poll.question.text", 300);
        }

        if (poll["answers"] is not JsonArray { Count: > 0 } answers)
        {
            errors.Required("poll.answers");
            return;
        }

        if (answers.Count > 10)
        {
            errors.MaxLength("poll.answers", 10);
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i]?["poll_media"]?["text"] is { } answer && JsonRead.GetString(answer) is { } answerText
                && JsonRead.Length(answerText) > 55)
            {
                errors.MaxLength($"poll.answers.{i}.poll_media.text", 55);
            }
        }
    }
}
