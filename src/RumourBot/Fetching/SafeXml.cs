using System.Xml;

namespace RumourBot.Fetching;

/// <summary>
/// Reads XML from the internet without its tricks: a document type declaration is refused outright, so no entity
/// is ever defined, expanded (the "billion laughs" bomb) or resolved from a file or URL (XXE), and no resolver is
/// there to fetch anything.
/// </summary>
public static class SafeXml
{
    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, Settings());

    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = SafeHttpFetcher.MaxBodyBytes * 2L,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
