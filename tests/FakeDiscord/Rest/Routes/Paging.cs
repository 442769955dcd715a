using System.Globalization;

namespace FakeDiscord.Rest.Routes;

/// <summary>Reads <c>limit</c>, <c>after</c> and <c>before</c> query parameters with Discord's errors.</summary>
internal static class Paging
{
    public static bool TryReadLimit(RestCall call, int min, int max, int fallback, out int limit, out RestResult? error)
    {
        limit = fallback;
        error = null;
        var text = call.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit))
        {
            error = RestResult.InvalidForm("limit", "NUMBER_TYPE_COERCE", $"Value \"{text}\" is not int.");
            return false;
        }

        if (limit < min)
        {
            error = RestResult.InvalidForm("limit", "NUMBER_TYPE_MIN", $"int value should be greater than or equal to {min}.");
            return false;
        }

        if (limit > max)
        {
            error = RestResult.InvalidForm("limit", "NUMBER_TYPE_MAX", $"int value should be less than or equal to {max}.");
            return false;
        }

        return true;
    }

    /// <summary>A snowflake query value; null when absent (invalid values are reported by <see cref="Invalid"/>).</summary>
    public static ulong? Snowflake(RestCall call, string name) =>
        ulong.TryParse(call.Query[name].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A 50035 for a query value that is present but not a snowflake, else null.</summary>
    public static RestResult? Invalid(RestCall call, string name)
    {
        var text = call.Query[name].ToString();
        return text.Length > 0 && Snowflake(call, name) is null
            ? RestResult.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{text}\" is not snowflake.")
            : null;
    }
}
