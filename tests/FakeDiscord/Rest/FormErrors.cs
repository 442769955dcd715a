using System.Text.Json.Nodes;

namespace FakeDiscord.Rest;

/// <summary>Collects 50035 errors in Discord's shape: a tree keyed by field path with <c>_errors</c> leaves.</summary>
internal sealed class FormErrors
{
    private readonly JsonObject _root = [];

    public bool IsEmpty => _root.Count == 0;

    /// <summary>Adds an error at a dotted path such as <c>embeds.0.title</c> (empty for the body itself).</summary>
    public void Add(string path, string code, string message)
    {
        var node = _root;
        if (path.Length > 0)
        {
            foreach (var segment in path.Split('.'))
            {
                if (node[segment] is not JsonObject child)
                {
                    child = [];
                    node[segment] = child;
                }

                node = child;
            }
        }

        if (node["_errors"] is not JsonArray errors)
        {
            errors = [];
            node["_errors"] = errors;
        }

        errors.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public void MaxLength(string path, int max) =>
        Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");

    public void LengthBetween(string path, int min, int max) =>
        Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");

    public void Required(string path) => Add(path, "BASE_TYPE_REQUIRED", "This field is required");

    public void NotString(string path) => Add(path, "BASE_TYPE_STRING", "Could not interpret value as string.");

    public JsonObject ToJson() => (JsonObject)_root.DeepClone();
}
