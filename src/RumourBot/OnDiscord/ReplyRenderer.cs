using RumourBot.Discord.Models;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// Renders a neutral reply as Discord embeds within Discord's limits: long fields are cut at a word, and a reply
/// too big for one embed is split across several (at most 10, 6000 characters in total) rather than refused.
/// Every piece of text is escaped (the only markup is what the bot writes itself: timestamps); every message pings nobody.
/// </summary>
public static class ReplyRenderer
{
    public static MessageBody ToMessage(Reply reply) =>
        new(Embeds: ToEmbeds(reply), AllowedMentions: AllowedMentions.None, Flags: null);

    /// <summary>A follow-up message of an interaction: ephemeral when the answer it follows was.</summary>
    public static MessageBody ToFollowUp(Reply reply, bool ephemeral) =>
        new(Embeds: ToEmbeds(reply), AllowedMentions: AllowedMentions.None, Flags: ephemeral ? InteractionCallbackData.Ephemeral : null);

    public static InteractionCallbackData ToCallback(Reply reply) =>
        new(Embeds: ToEmbeds(reply), AllowedMentions: AllowedMentions.None, Flags: reply.Ephemeral ? InteractionCallbackData.Ephemeral : null);

    public static IReadOnlyList<Embed> ToEmbeds(Reply reply)
    {
        var colour = Colour(reply.Tone);
        var title = DiscordText.Truncate(DiscordText.Escape(reply.Title), Embed.MaxTitle);
        var footer = reply.Footer is null ? null : new EmbedFooter(DiscordText.Truncate(DiscordText.Escape(reply.Footer), Embed.MaxFooter));
        // The description gets what the title and footer leave of the message's 6000 characters.
        var descriptionRoom = Math.Min(Embed.MaxDescription, Embed.MaxTotal - title.Length - (footer?.Text.Length ?? 0));
        var description = reply.Description is null ? null : DiscordText.Truncate(DiscordText.Escape(reply.Description), descriptionRoom);
        var fields = reply.Fields.Select(f => new EmbedField(
            DiscordText.Truncate(DiscordText.Escape(f.Name), Embed.MaxFieldName),
            f.At is { } at ? DiscordText.Timestamp(at) : DiscordText.Truncate(DiscordText.Escape(f.Value), Embed.MaxFieldValue),
            f.Inline)).ToList();

        var embeds = new List<Embed>();
        var current = new List<EmbedField>();
        var total = title.Length + (description?.Length ?? 0) + (footer?.Text.Length ?? 0);
        var currentSize = title.Length + (description?.Length ?? 0);
        foreach (var field in fields)
        {
            var size = field.Name.Length + field.Value.Length;
            if (total + size > Embed.MaxTotal) break; // the message is full: drop the rest rather than fail
            if (current.Count == Embed.MaxFields || currentSize + size > Embed.MaxTotal)
            {
                if (embeds.Count == Embed.MaxPerMessage - 1) break;
                embeds.Add(new Embed(embeds.Count == 0 ? title : null, embeds.Count == 0 ? description : null, colour, current));
                current = [];
                currentSize = 0;
            }
            current.Add(field);
            currentSize += size;
            total += size;
        }
        embeds.Add(new Embed(embeds.Count == 0 ? title : null, embeds.Count == 0 ? description : null, colour, current.Count > 0 ? current : null, footer));
        return embeds;
    }

    private static int Colour(ReplyTone tone) => tone switch
    {
        ReplyTone.Success => 0x2ECC71,
        ReplyTone.Warning => 0xF1C40F,
        ReplyTone.Error => 0xE74C3C,
        _ => 0x3498DB,
    };
}
