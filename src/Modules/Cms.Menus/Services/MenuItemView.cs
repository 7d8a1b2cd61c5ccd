using Cms.Abstractions.Content;

namespace Cms.Menus.Services;

/// <summary>One item of the menu editor: its place (<paramref name="Path"/>, position among <paramref name="Count"/> siblings) and what it may do.</summary>
public sealed record MenuItemView(ContentItem Item, string Path, int Position, int Count, bool Nested, bool CanIndent,
    IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> TargetPaths);
