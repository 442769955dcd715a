using System.Reflection;
using LiteDB;

namespace RumourBot.Storage;

/// <summary>
/// Builds the mapper's entity map of a stored type, nested types included, on one thread before any query meets it. LiteDB builds a type's map on first use and publishes it before it is complete (so that recursive
/// types work); two threads meeting a type for the first time could see a half-built map ("Failed to create
/// instance for type PollOption") — seen when the closer and a recount read polls at the same moment after start.
/// </summary>
internal static class BsonMapperWarmUp
{
    private static readonly MethodInfo EntityMethod = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity))!;

    /// <param name="seen">Types already prepared; those prepared now are added.</param>
    public static void Prepare(BsonMapper mapper, IEnumerable<Type> documentTypes, ISet<Type> seen)
    {
        var pending = new Stack<Type>(documentTypes);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type)) continue;
            EntityMethod.MakeGenericMethod(type).Invoke(mapper, null);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var nested in OwnTypesIn(property.PropertyType)) pending.Push(nested);
            }
        }
    }

    // The project's own classes and records a property holds, directly or inside collections and nullables.
    private static IEnumerable<Type> OwnTypesIn(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) type = underlying;
        if (type.IsArray) type = type.GetElementType()!;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var own in OwnTypesIn(argument)) yield return own;
            }
            yield break;
        }
        if (type.Assembly == typeof(BsonMapperWarmUp).Assembly && !type.IsEnum && !type.IsInterface && !type.IsAbstract)
        {
            yield return type;
        }
    }
}
