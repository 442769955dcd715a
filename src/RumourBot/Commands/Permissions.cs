namespace RumourBot.Commands;

/// <summary>The Discord permission bits the bot's commands ask of members.</summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ManageMessages = 1UL << 13;

    public static string Describe(ulong bits) => bits switch
    {
        ManageGuild => "Manage Server",
        ManageMessages => "Manage Messages",
        Administrator => "Administrator",
        _ => $"permission bits {bits}",
    };
}
