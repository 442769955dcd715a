using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Following;

/// <summary>Followed clubs in PostgreSQL (see <see cref="PostgresFollowSchema"/>); a follow made twice at once is stored once.</summary>
public sealed class PostgresFollowStore(NpgsqlDataSource source) : IFollowStore
{
    public IReadOnlyList<FollowedClub> InGuild(ulong guildId) =>
        source.Sql("SELECT doc FROM followed_clubs WHERE guild_id = $1", guildId).Documents<FollowedClub>();

    public bool Add(FollowedClub follow) =>
        source.Sql("INSERT INTO followed_clubs (id, guild_id, doc) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING",
            follow.Id, follow.GuildId, PostgresJson.Write(follow)).Run() == 1;

    public bool Remove(string id) => source.Sql("DELETE FROM followed_clubs WHERE id = $1", id).Run() > 0;
}
