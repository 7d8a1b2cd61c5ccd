namespace Cms.Abstractions.Content;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The published version, or nothing.</summary>
    Published,
    /// <summary>The latest version, draft or published.</summary>
    Latest,
    /// <summary>The latest version only when it is a draft, or nothing.</summary>
    Draft,
}
